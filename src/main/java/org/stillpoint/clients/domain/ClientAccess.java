package org.stillpoint.clients.domain;

/** What a caller wants to do with a client record. */
public enum ClientAccess {
    /** Name, contact, preferences, consents and sharing status. */
    READ_CONTACT,
    /** Intake, screening, session notes and other clinical records kept by other modules. */
    READ_CLINICAL,
    /** Change name, date of birth, contact and preferences. */
    CHANGE_CONTACT,
    /** The client's own decisions: accepting consents and sharing the diary. */
    OWN_DECISION
}
