package org.stillpoint.intake.domain;

import static org.stillpoint.intake.ContraindicationCondition.ATTACK_IN_PROGRESS;
import static org.stillpoint.intake.ContraindicationCondition.CHEMOTHERAPY_LAST_72_HOURS;
import static org.stillpoint.intake.ContraindicationCondition.FEVER;
import static org.stillpoint.intake.ContraindicationCondition.INTOXICATION;
import static org.stillpoint.intake.ContraindicationCondition.RED_FLAG_SCREENING;
import static org.stillpoint.intake.ContraindicationCondition.TOUCH_HURTS_DURING_ATTACK;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.BlockingReason;
import org.stillpoint.intake.Clearance;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationFlag;
import org.stillpoint.intake.IntakeVersion;
import org.stillpoint.intake.RedFlag;
import org.stillpoint.intake.ScreeningTier;
import org.stillpoint.intake.TreatmentClearance;
import org.stillpoint.intake.TreatmentStatus;

/**
 * Whether a client may be treated on a given day (clinical-reference §5 triage, §6.1 first row, §8.8):
 * <ul>
 *   <li>no submitted intake: blocked;</li>
 *   <li>EMERGENCY or URGENT flags: blocked until a clinician's clearance in force covers every one of them;</li>
 *   <li>an ABSOLUTE contraindication for the whole session: blocked; one that requires a clearance is lifted by a
 *       clearance in force recorded against it, the others (a fever, say) only by a newer intake;</li>
 *   <li>ROUTINE and NONE: allowed; ROUTINE comes with the recommendation to see a doctor.</li>
 * </ul>
 * A clearance is in force from the day it was given to its expiry date, both inclusive. It lifts what it was recorded
 * against ({@link RecordedClearance}): a newer intake that raises the same flags stays cleared, one that raises a
 * flag the clinician has not seen is blocked again until a new clearance is recorded.
 */
public final class TreatmentClearancePolicy {

    /**
     * Answers about how the client was on the day they filled in the intake, and for how many days after it they
     * still hold (§6.1: fever, intoxication, chemotherapy within 72 h; §6.3: an attack under way). The pre-session
     * check asks them again on the day of every session.
     */
    private static final Map<ContraindicationCondition, Integer> DAY_OF_INTAKE = Map.of(FEVER, 0, INTOXICATION, 0,
            TOUCH_HURTS_DURING_ATTACK, 0, ATTACK_IN_PROGRESS, 0, CHEMOTHERAPY_LAST_72_HOURS, 3);

    /** The flags that still hold on {@code today} for answers given on {@code answeredOn}. */
    public static List<ContraindicationFlag> holdingOn(List<ContraindicationFlag> flags, LocalDate answeredOn,
                                                       LocalDate today) {
        return flags.stream().filter(flag -> {
            Integer days = DAY_OF_INTAKE.get(flag.condition());
            return days == null || !today.isAfter(answeredOn.plusDays(days));
        }).toList();
    }

    /**
     * What a clearance recorded now is recorded against: the flags of the latest screening that block treatment,
     * and the contraindication conditions that need a clearance.
     */
    public static RecordedClearance recordedAgainst(Clearance clearance, IntakeVersion latest,
                                                    List<ContraindicationFlag> contraindications) {
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        if (latest != null) {
            flags.addAll(blocking(latest));
        }
        Set<ContraindicationCondition> conditions = EnumSet.noneOf(ContraindicationCondition.class);
        contraindications.stream().filter(ContraindicationFlag::requiresClearance)
                .map(ContraindicationFlag::condition).filter(c -> c != RED_FLAG_SCREENING).forEach(conditions::add);
        return new RecordedClearance(clearance, flags, conditions);
    }

    /**
     * @param latest            the latest submitted intake, or null
     * @param contraindications the flags that hold today ({@link #holdingOn})
     * @param clearances        every clearance recorded for the client
     */
    public TreatmentClearance evaluate(ClientId client, IntakeVersion latest,
                                       List<ContraindicationFlag> contraindications,
                                       List<RecordedClearance> clearances, LocalDate today) {
        List<RecordedClearance> inForce = clearances.stream()
                .filter(c -> c.clearance().activeOn(today))
                .sorted(Comparator.comparing((RecordedClearance c) -> c.clearance().recordedAt()).reversed())
                .toList();
        if (latest == null) {
            Clearance newest = inForce.isEmpty() ? null : inForce.get(0).clearance();
            return new TreatmentClearance(client, TreatmentStatus.NO_INTAKE, ScreeningTier.NONE, null, null,
                    List.of(), List.of(BlockingReason.noIntake()), newest, List.of(), Set.of());
        }
        List<RedFlag> blockingFlags = blocking(latest);
        List<ContraindicationFlag> absolute = contraindications.stream()
                .filter(ContraindicationFlag::blocksAllTreatment)
                .filter(flag -> flag.condition() != RED_FLAG_SCREENING)
                .toList();
        List<ContraindicationFlag> liftable = absolute.stream().filter(ContraindicationFlag::requiresClearance)
                .toList();
        boolean needsClearance = !blockingFlags.isEmpty() || !liftable.isEmpty();

        // The newest clearance in force that lifts everything a clearance can lift; else the newest in force.
        RecordedClearance chosen = inForce.stream()
                .filter(c -> blockingFlags.stream().allMatch(c::covers)
                        && liftable.stream().allMatch(flag -> c.covers(flag.condition())))
                .findFirst()
                .orElse(inForce.isEmpty() ? null : inForce.get(0));

        List<BlockingReason> reasons = new ArrayList<>();
        blockingFlags.stream().filter(flag -> chosen == null || !chosen.covers(flag))
                .forEach(flag -> reasons.add(BlockingReason.of(flag)));
        absolute.stream()
                .filter(flag -> !flag.requiresClearance() || chosen == null || !chosen.covers(flag.condition()))
                .forEach(flag -> reasons.add(BlockingReason.of(flag)));

        Set<ContraindicationCondition> cleared = EnumSet.noneOf(ContraindicationCondition.class);
        if (chosen != null) {
            cleared.addAll(chosen.coveredConditions());
            if (!blockingFlags.isEmpty() && blockingFlags.stream().allMatch(chosen::covers)) {
                cleared.add(RED_FLAG_SCREENING);
            }
        }
        return new TreatmentClearance(client, status(reasons, needsClearance), latest.screening().tier(),
                latest.number(), latest.submittedAt(), latest.screening().flags(), reasons,
                chosen == null ? null : chosen.clearance(), contraindications, cleared);
    }

    private static TreatmentStatus status(List<BlockingReason> reasons, boolean needsClearance) {
        if (reasons.isEmpty()) {
            return needsClearance ? TreatmentStatus.CLEARED : TreatmentStatus.ALLOWED;
        }
        boolean emergency = reasons.stream()
                .anyMatch(r -> r.redFlag() != null && r.redFlag().tier() == ScreeningTier.EMERGENCY);
        return emergency ? TreatmentStatus.EMERGENCY : TreatmentStatus.BLOCKED;
    }

    private static List<RedFlag> blocking(IntakeVersion version) {
        return version.screening().flags().stream().filter(flag -> flag.tier().blocksTreatment()).toList();
    }
}
