package org.stillpoint.treatment;

/** The change a block needs before it may be done. */
public enum RequiredChange {
    LIGHTER_PRESSURE, NO_HEAT, AVOID_AREA, NONE
}
