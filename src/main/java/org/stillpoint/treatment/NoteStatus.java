package org.stillpoint.treatment;

/** A session note is a draft, replaced as often as needed, until it is signed; a signed note never changes. */
public enum NoteStatus {
    DRAFT, SIGNED
}
