package org.stillpoint.treatment;

/**
 * What the therapist found on one area: its tension, whether there were trigger points, and a short note. Any of the
 * three may be left out.
 */
public record AreaFinding(BodyArea area, Tension tension, Boolean triggerPoints, String note) {
}
