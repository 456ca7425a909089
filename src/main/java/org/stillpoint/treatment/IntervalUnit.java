package org.stillpoint.treatment;

/** The unit of the interval to the suggested next session. */
public enum IntervalUnit {
    DAYS, WEEKS
}
