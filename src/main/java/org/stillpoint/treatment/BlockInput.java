package org.stillpoint.treatment;

import org.stillpoint.clinic.Technique;

/** One block as a therapist or a program sends it, before it is checked: any part may be missing or wrong. */
public record BlockInput(Technique technique, BodyArea area, Integer minutes, Integer pressure, Boolean heat,
                         String notes) {

    public static BlockInput of(PlannedBlock block) {
        return new BlockInput(block.technique(), block.area(), block.minutes(), block.pressure(), block.heat(),
                block.notes());
    }
}
