package org.stillpoint.clients;

/** How firm the client likes the touch to be; nothing firmer than moderate is offered for headache work. */
public enum PressurePreference {
    VERY_LIGHT, LIGHT, MODERATE
}
