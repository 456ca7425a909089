package org.stillpoint.diary;

/** The daily check-in: the day was headache-free, or there was a headache. */
public enum DayStatus {
    HEADACHE_FREE, HEADACHE
}
