package org.stillpoint.treatment;

/** What an item's amount counts: minutes each time, or glasses of water a day. */
public enum HomeCareMeasure {
    MINUTES, GLASSES
}
