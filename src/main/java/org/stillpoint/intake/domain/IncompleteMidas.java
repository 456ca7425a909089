package org.stillpoint.intake.domain;

import java.util.List;

import org.stillpoint.platform.RuleViolation;

/** A MIDAS form with an empty scored item cannot be scored (clinical-reference §3.1). */
public class IncompleteMidas extends RuleViolation {

    private final List<String> missingItems;

    public IncompleteMidas(List<String> missingItems) {
        super("incomplete-midas", missingItems.get(0), "intake.midas.incomplete", missingItems.size());
        this.missingItems = List.copyOf(missingItems);
    }

    public List<String> missingItems() {
        return missingItems;
    }
}
