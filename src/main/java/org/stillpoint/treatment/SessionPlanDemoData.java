package org.stillpoint.treatment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.DemoDataContributor;
import org.stillpoint.scheduling.AppointmentStatus;
import org.stillpoint.scheduling.AppointmentView;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.TherapistView;
import org.stillpoint.therapists.Therapists;
import org.stillpoint.treatment.session.PlanRepository.StoredPlan;

/**
 * The demo clinic's session plans: for every past session that was attended (consultations have none), the plan its
 * therapist saved the day before from Stillpoint's proposal (the client's intake and preferences, the session's
 * length), with the session type's own technique in it where the type names one, and the client's agreement. Every
 * plan passes the contraindication engine as a save would; one the engine refuses is not written (a client whose
 * screening now stops treatment). The demo's session notes record these blocks as done (they are written after,
 * {@code SessionNoteDemoData}). Written in two batched statements, so no audit row or event comes of it.
 */
@Component
class SessionPlanDemoData implements DemoDataContributor {

    /** The demo's history is three months; a year back is more than enough to find it all. */
    private static final int HISTORY_DAYS = 365;

    /** The share of the planned minutes the session type's own technique is given when it has to be added. */
    private static final int OWN_TECHNIQUE_SHARE = 3;
    /** Minutes move in the steps the proposer plans in. */
    private static final int STEP = 5;

    private final SessionPlans plans;
    private final Accounts accounts;
    private final Scheduling scheduling;
    private final Clinic clinic;
    private final Therapists therapists;
    private final TechniqueCatalogue catalogue;
    private final Clock clock;

    SessionPlanDemoData(SessionPlans plans, Accounts accounts, Scheduling scheduling, Clinic clinic,
                        Therapists therapists, TechniqueCatalogue catalogue, Clock clock) {
        this.plans = plans;
        this.accounts = accounts;
        this.scheduling = scheduling;
        this.clinic = clinic;
        this.therapists = therapists;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public int order() {
        // After the intakes (400) and the appointments (500); before the notes (640) that record these plans.
        return 630;
    }

    @Override
    public void contribute() {
        accounts.actingAsDemoOwner(this::fill);
    }

    private void fill() {
        LocalDate today = scheduling.today();
        Map<SessionTypeId, SessionTypeView> types = clinic.sessionTypes().stream()
                .collect(Collectors.toMap(SessionTypeView::id, Function.identity()));
        Map<TherapistId, TherapistView> staff = therapists.all().stream()
                .collect(Collectors.toMap(TherapistView::id, Function.identity()));
        Instant now = clock.instant();
        List<StoredPlan> saved = new ArrayList<>();
        for (AppointmentView appointment : scheduling.appointments(today.minusDays(HISTORY_DAYS), today)) {
            SessionTypeView type = types.get(appointment.sessionTypeId());
            TherapistView therapist = staff.get(appointment.therapistId());
            if (appointment.status() != AppointmentStatus.COMPLETED || type == null || therapist == null
                    || therapist.accountId() == null || type.kind() == SessionKind.CONSULTATION
                    || !appointment.end().toInstant().isBefore(now)) {
                continue;
            }
            plan(appointment, type, therapist, now).ifPresent(saved::add);
        }
        plans.saveForDemo(saved);
    }

    /** The proposal with the session's own technique, or as proposed, whichever the engine lets through first. */
    private Optional<StoredPlan> plan(AppointmentView appointment, SessionTypeView type, TherapistView therapist,
                                      Instant now) {
        Instant start = appointment.start().toInstant();
        return plans.planForDemo(appointment, type, proposal -> {
            List<List<PlannedBlock>> choices = new ArrayList<>(withOwnTechnique(proposal, type, therapist));
            choices.add(proposal.blocks());
            return choices;
        }, therapist.accountId().value(), earlier(start.minus(Duration.ofDays(1)), now),
                earlier(start.minus(Duration.ofMinutes(15)), now));
    }

    /**
     * When the session type names a technique the proposal left out (a "Medical massage" for a client whose neck is
     * not the focus), the proposal with a block of it after the first, for each area the catalogue names for it;
     * the block takes a third of the minutes from the longest blocks, at no more than the firmest proposed pressure.
     */
    private List<List<PlannedBlock>> withOwnTechnique(PlanProposal proposal, SessionTypeView type,
                                                      TherapistView therapist) {
        Technique own = type.requiredTechnique();
        if (own == null || !therapist.offers(own) || proposal.blocks().isEmpty()
                || proposal.blocks().stream().anyMatch(b -> b.technique() == own)) {
            return List.of();
        }
        TechniqueView technique = catalogue.all().stream().filter(t -> t.technique() == own).findFirst()
                .orElse(null);
        if (technique == null) {
            return List.of();
        }
        int firmest = proposal.blocks().stream().mapToInt(PlannedBlock::pressure).max().orElse(1);
        int pressure = Math.max(1, Math.min(technique.defaultPressure(), firmest));
        int share = proposal.plannedMinutes() / OWN_TECHNIQUE_SHARE;
        return technique.areas().stream().sorted()
                .map(area -> insert(proposal.blocks(),
                        new PlannedBlock(own, area, 0, pressure, own == Technique.HOT_STONE, null), share))
                .filter(blocks -> blocks.get(1).minutes() > 0)
                .toList();
    }

    /** The block after the first, given minutes five at a time from the longest of the others up to {@code share}. */
    private static List<PlannedBlock> insert(List<PlannedBlock> blocks, PlannedBlock added, int share) {
        List<PlannedBlock> result = new ArrayList<>(blocks);
        result.add(Math.min(1, result.size()), added);
        int given = 0;
        while (given + STEP <= share) {
            int longest = -1;
            for (int i = 0; i < result.size(); i++) {
                if (i != 1 && result.get(i).minutes() > STEP
                        && (longest < 0 || result.get(i).minutes() > result.get(longest).minutes())) {
                    longest = i;
                }
            }
            if (longest < 0) {
                break;
            }
            result.set(longest, result.get(longest).withMinutes(result.get(longest).minutes() - STEP));
            given += STEP;
        }
        result.set(1, added.withMinutes(given));
        return result;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
