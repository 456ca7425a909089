package org.stillpoint.treatment;

/** What the client hears during the session. */
public enum Sound {
    QUIET, SOFT_SOUND
}
