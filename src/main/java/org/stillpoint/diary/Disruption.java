package org.stillpoint.diary;

/** What an attack stopped the client from doing. */
public enum Disruption {
    WORK_OR_SCHOOL, HOUSEHOLD, SOCIAL
}
