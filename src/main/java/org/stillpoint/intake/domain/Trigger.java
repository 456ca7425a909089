package org.stillpoint.intake.domain;

/** Known triggers a client can tick; their own go in free text. */
public enum Trigger {
    STRESS, POOR_SLEEP, DEHYDRATION, SKIPPED_MEAL, FOODS, ALCOHOL, CAFFEINE, WEATHER, BRIGHT_LIGHT, STRONG_SMELLS,
    SCREENS, MENSTRUAL_CYCLE, NECK_TENSION, JAW_CLENCHING, EXERTION
}
