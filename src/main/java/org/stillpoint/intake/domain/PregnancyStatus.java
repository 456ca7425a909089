package org.stillpoint.intake.domain;

/**
 * Pregnancy and the puerperium; POSTPARTUM means the client gave birth in the last 6 weeks (clinical-reference §5
 * #11).
 */
public enum PregnancyStatus {
    NOT_PREGNANT, PREGNANT, POSTPARTUM
}
