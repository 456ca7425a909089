package org.stillpoint.scheduling;

import java.util.Map;

import org.stillpoint.platform.RuleViolation;

/** A treatment that may not be booked for this client (422); the answer names the reason for programs. */
public class TreatmentBlocked extends RuleViolation {

    private final String reason;

    public TreatmentBlocked(TreatmentRefusal refusal) {
        super("treatment-blocked", refusal.messageKey());
        this.reason = refusal.reason();
    }

    public String reason() {
        return reason;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("reason", reason);
    }
}
