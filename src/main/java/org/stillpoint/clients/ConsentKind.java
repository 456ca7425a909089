package org.stillpoint.clients;

/** The texts a client accepts before treatment. */
public enum ConsentKind {
    TREATMENT, PRIVACY
}
