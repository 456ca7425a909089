package org.stillpoint.treatment;

/** An answer the client may not know; NOT_SURE counts the stricter way. */
public enum YesNoUnsure {
    YES, NO, NOT_SURE;

    public boolean yesOrUnsure() {
        return this != NO;
    }
}
