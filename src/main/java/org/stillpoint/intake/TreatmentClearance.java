package org.stillpoint.intake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.stillpoint.clients.ClientId;

/**
 * May the client be treated now, and with what limits: the answer the scheduling and treatment modules ask for.
 *
 * @param tier              the tier of the latest screening (NONE without an intake)
 * @param intakeVersion     the latest submitted version, or null when there is none
 * @param redFlags          the flags of the latest screening, each with its reason
 * @param blockingReasons   empty when treatment may go ahead
 * @param clearance         the clearance in force that lifted a block, else the newest one in force, else null;
 *                          its scope is the limit on treatment
 * @param contraindications the flags of clinical-reference §6 that hold today (answers about the day of the
 *                          intake, such as a fever, count on that day only)
 * @param cleared           the contraindication conditions the clearance in force was recorded against; a
 *                          RELATIVE flag among them may be overridden with the therapist's reason (§6.5)
 */
public record TreatmentClearance(ClientId client, TreatmentStatus status, ScreeningTier tier, Integer intakeVersion,
                                 Instant intakeSubmittedAt, List<RedFlag> redFlags,
                                 List<BlockingReason> blockingReasons, Clearance clearance,
                                 List<ContraindicationFlag> contraindications,
                                 Set<ContraindicationCondition> cleared) {

    public TreatmentClearance {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(tier, "tier");
        redFlags = List.copyOf(redFlags);
        blockingReasons = List.copyOf(blockingReasons);
        contraindications = List.copyOf(contraindications);
        cleared = Set.copyOf(cleared);
    }

    public boolean allowed() {
        return blockingReasons.isEmpty();
    }

    /** ROUTINE: treatment with care, and the client and the therapist are shown a recommendation to see a doctor. */
    public boolean doctorReviewRecommended() {
        return tier == ScreeningTier.ROUTINE;
    }

    /** The limit a clearance puts on treatment; all treatment when no clearance is in force. */
    public ClearanceScope limit() {
        return clearance == null ? ClearanceScope.ALL_TREATMENT : clearance.scope();
    }

    /** Whether the clearance in force was recorded against this flag's condition. */
    public boolean clearedFor(ContraindicationFlag flag) {
        return cleared.contains(flag.condition());
    }

    /** The part the front desk may see. */
    public ClearanceStatus toStatus() {
        return new ClearanceStatus(client, status, intakeVersion, intakeSubmittedAt, clearance);
    }
}
