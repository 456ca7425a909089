package org.stillpoint.intake.domain;

/** What a usual headache is like: the features ICHD-3 criteria C and D ask about (clinical-reference §1.0). */
public record UsualFeatures(PainSide side, PainQuality quality, PainIntensity intensity, Boolean worseWithActivity,
                            Nausea nausea, Boolean vomiting, Boolean lightSensitivity, Boolean soundSensitivity) {
}
