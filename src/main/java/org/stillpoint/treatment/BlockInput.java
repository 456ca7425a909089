package org.stillpoint.treatment;

import org.stillpoint.clinic.Technique;

/**
 * One block as a therapist or a program sends it, before it is checked: any part may be missing or wrong.
 *
 * @param overrideReason when given, the therapist's written reason overrides every relative rule on this block that
 *                       may be overridden (clinical-reference §6.5); absolute rules stay in force
 */
public record BlockInput(Technique technique, BodyArea area, Integer minutes, Integer pressure, Boolean heat,
                         String notes, String overrideReason) {

    public static BlockInput empty() {
        return new BlockInput(null, null, null, null, null, null, null);
    }

    public static BlockInput of(PlannedBlock block, String overrideReason) {
        return new BlockInput(block.technique(), block.area(), block.minutes(), block.pressure(), block.heat(),
                block.notes(), overrideReason);
    }

    public boolean overridden() {
        return overrideReason != null && !overrideReason.isBlank();
    }
}
