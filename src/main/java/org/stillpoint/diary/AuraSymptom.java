package org.stillpoint.diary;

/**
 * One aura symptom (clinical-reference §1.0, ICHD-3 1.2): its type, whether it was positive (flashing lights, pins
 * and needles) or negative (a blind spot, numbness), how many minutes it lasted and on which side.
 */
public record AuraSymptom(AuraType type, Boolean positive, Integer minutes, Side side) {
}
