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
 * length and the technique its type names), and the client's agreement. Every
 * plan passes the contraindication engine as a save would; one the engine refuses is not written (a client whose
 * screening now stops treatment). The demo's session notes record these blocks as done (they are written after,
 * {@code SessionNoteDemoData}). Written in two batched statements, so no audit row or event comes of it.
 */
@Component
class SessionPlanDemoData implements DemoDataContributor {

    /** The demo's history is three months; a year back is more than enough to find it all. */
    private static final int HISTORY_DAYS = 365;


    private final SessionPlans plans;
    private final Accounts accounts;
    private final Scheduling scheduling;
    private final Clinic clinic;
    private final Therapists therapists;
    private final Clock clock;

    SessionPlanDemoData(SessionPlans plans, Accounts accounts, Scheduling scheduling, Clinic clinic,
                        Therapists therapists, Clock clock) {
        this.plans = plans;
        this.accounts = accounts;
        this.scheduling = scheduling;
        this.clinic = clinic;
        this.therapists = therapists;
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

    /** Stillpoint's proposal for the session, saved the day before by its therapist and agreed just before it. */
    private Optional<StoredPlan> plan(AppointmentView appointment, SessionTypeView type, TherapistView therapist,
                                      Instant now) {
        Instant start = appointment.start().toInstant();
        return plans.planForDemo(appointment, type, therapist.accountId().value(),
                earlier(start.minus(Duration.ofDays(1)), now), earlier(start.minus(Duration.ofMinutes(15)), now));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
