package org.stillpoint.diary;

import java.util.Optional;

/**
 * What the client did for themself during an attack: the usual measures, and the home-care exercises a therapist
 * can put in their plan (the page offers the ones in the client's plan first).
 */
public enum SelfCare {
    COLD_PACK("COLD_PACK"), HEAT("HEAT_PACK"), SELF_MASSAGE(null), DARK_ROOM(null), WATER("HYDRATION"), SLEEP(null),
    SKULL_BASE_PRESSURE("SKULL_BASE_PRESSURE"), TEMPLE_MASSAGE("TEMPLE_MASSAGE"), JAW_RELAXATION("JAW_RELAXATION"),
    DEEP_BREATHING("DEEP_BREATHING"), MEDITATION("MEDITATION"), NECK_STRETCHES("NECK_STRETCHES");

    private final String homeCareTemplate;

    SelfCare(String homeCareTemplate) {
        this.homeCareTemplate = homeCareTemplate;
    }

    /** The self-care measure a home-care template stands for, if any. */
    public static Optional<SelfCare> ofHomeCareTemplate(String template) {
        for (SelfCare care : values()) {
            if (care.homeCareTemplate != null && care.homeCareTemplate.equals(template)) {
                return Optional.of(care);
            }
        }
        return Optional.empty();
    }
}
