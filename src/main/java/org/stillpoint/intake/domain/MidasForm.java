package org.stillpoint.intake.domain;

import java.util.ArrayList;
import java.util.List;

import org.stillpoint.platform.RuleViolation;

/**
 * A MIDAS form as staff copy it from the one the client filled in: the day counts of items 1–5 and the two
 * unscored items A (headache days) and B (average pain 0–10), by number only; the item wording is not shipped
 * until its licence is confirmed (clinical-reference §3.1, §8.7). A form may be saved partly filled in, but only a
 * complete one is scored.
 */
public record MidasForm(Integer item1, Integer item2, Integer item3, Integer item4, Integer item5, Integer itemA,
                        Integer itemB) {

    // clinical-reference §3.1: each answer is a number of days in the last 3 months; 92 is our bound [U].
    public static final int MAX_DAYS = 92;
    public static final int MAX_PAIN = 10;

    public MidasForm {
        days("item1", item1);
        days("item2", item2);
        days("item3", item3);
        days("item4", item4);
        days("item5", item5);
        days("itemA", itemA);
        if (itemB != null && (itemB < 0 || itemB > MAX_PAIN)) {
            throw new RuleViolation("out-of-range", "itemB", "field.range", 0, MAX_PAIN);
        }
    }

    /** The scored items still empty, by field name. */
    public List<String> missingItems() {
        List<String> missing = new ArrayList<>();
        Integer[] items = {item1, item2, item3, item4, item5};
        for (int i = 0; i < items.length; i++) {
            if (items[i] == null) {
                missing.add("item" + (i + 1));
            }
        }
        return missing;
    }

    public boolean complete() {
        return missingItems().isEmpty();
    }

    /**
     * clinical-reference §3.1: score = items 1 to 5; A and B are never added. A partial form is never scored.
     *
     * @throws IncompleteMidas when an item from 1 to 5 is empty
     */
    public MidasScore score() {
        List<String> missing = missingItems();
        if (!missing.isEmpty()) {
            throw new IncompleteMidas(missing);
        }
        return MidasScore.of(item1 + item2 + item3 + item4 + item5);
    }

    private static void days(String field, Integer value) {
        if (value != null && (value < 0 || value > MAX_DAYS)) {
            throw new RuleViolation("out-of-range", field, "field.range", 0, MAX_DAYS);
        }
    }
}
