package org.stillpoint.intake;

import java.util.List;
import java.util.Optional;

import org.stillpoint.clients.ClientPreferences;
import org.stillpoint.clients.ClientSummary;

/**
 * The intake summary card: what a therapist reads in half a minute before a session. The screening and whether
 * treatment may go ahead, the clearances, the contraindications, how the session should feel, where it hurts, the
 * known triggers, the medicines, the goals and the disability scores.
 *
 * @param latest the latest submitted intake, empty before the first one
 */
public record IntakeSummary(ClientSummary client, TreatmentClearance treatment, List<Clearance> clearances,
                            ClientPreferences preferences, Optional<IntakeVersion> latest, DisabilityScores scores) {

    public IntakeSummary {
        clearances = List.copyOf(clearances);
    }
}
