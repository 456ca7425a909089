package org.stillpoint.intake;

/** The confidence tags of clinical-reference.md. A rule built from mixed sources carries the weakest one. */
public enum SourceTag {

    /** Checked against a primary source. */
    C,
    /** Found only in a secondary source. */
    S,
    /** Unconfirmed: our reading or a product decision; a clinician must review it before release. */
    U
}
