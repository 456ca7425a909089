package org.stillpoint.intake.domain;

import org.stillpoint.platform.RuleViolation;

/**
 * A HIT-6 total administered outside Stillpoint and entered by staff. Stillpoint ships no HIT-6 item text and
 * never scores items itself: the instrument needs a licence (clinical-reference §3.2, §8.7).
 */
public record Hit6Total(int value) {

    // clinical-reference §3.2 [C]: six items of 6 to 13 points, so 36 to 78.
    public static final int MIN = 36;
    public static final int MAX = 78;

    public Hit6Total {
        if (value < MIN || value > MAX) {
            throw new RuleViolation("out-of-range", "hit6Total", "field.range", MIN, MAX);
        }
    }

    public Hit6Impact impact() {
        return Hit6Impact.of(value);
    }
}
