package org.stillpoint.intake.domain;

/**
 * Pregnancy or the weeks after birth: the week of pregnancy, and whether it is high-risk or with pre-eclampsia
 * (clinical-reference §6.1).
 */
public record Pregnancy(PregnancyStatus status, Integer weeksPregnant, Boolean highRisk, Boolean preEclampsia) {

    public static Pregnancy notPregnant() {
        return new Pregnancy(PregnancyStatus.NOT_PREGNANT, null, null, null);
    }

    public boolean pregnantOrPostpartum() {
        return status == PregnancyStatus.PREGNANT || status == PregnancyStatus.POSTPARTUM;
    }
}
