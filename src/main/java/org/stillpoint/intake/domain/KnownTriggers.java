package org.stillpoint.intake.domain;

import java.util.List;
import java.util.Set;

/** The triggers the client knows: ticked from the list, and their own in their words. */
public record KnownTriggers(Set<Trigger> known, List<String> own) {

    public KnownTriggers {
        known = Copies.set(known);
        own = Copies.list(own);
    }
}
