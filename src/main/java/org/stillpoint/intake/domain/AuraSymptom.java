package org.stillpoint.intake.domain;

/**
 * One aura symptom the client has had: its kind, whether it is positive (flashing lights, pins and needles) or
 * negative (a blind spot, numbness), and how many minutes it usually lasts (clinical-reference §1.0, §1.8).
 */
public record AuraSymptom(AuraType type, Boolean positive, Integer usualMinutes) {
}
