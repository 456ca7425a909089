package org.stillpoint.treatment;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.intake.CheckQuestion;
import org.stillpoint.intake.ContraindicationFlag;
import org.stillpoint.intake.Intake;
import org.stillpoint.intake.ScreeningResult;
import org.stillpoint.intake.ScreeningTier;
import org.stillpoint.platform.AuditAction;
import org.stillpoint.platform.AuditLog;
import org.stillpoint.platform.AuditOutcome;
import org.stillpoint.platform.Role;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.treatment.session.CheckRepository;
import org.stillpoint.treatment.session.CheckRepository.StoredCheck;
import org.stillpoint.treatment.session.DayCheckPolicy;
import org.stillpoint.treatment.session.SessionContexts;
import org.stillpoint.treatment.session.SessionContexts.SessionContext;

/**
 * The pre-session check: the client on their phone before the visit, or the therapist at the start, answers the
 * day's questions and the red-flag questions again. The answers are screened again (clinical-reference §5, §6.5);
 * an EMERGENCY stops the session, and the owner and the front desk are told once (not again when the check is
 * answered again with the emergency still there).
 */
@Service
public class PreSessionChecks {

    static final String RECORD = "pre-session-check";

    private final SessionContexts contexts;
    private final CheckRepository checks;
    private final Intake intake;
    private final Clients clients;
    private final Clinic clinic;
    private final AuditLog audit;
    private final Clock clock;
    private final DayCheckPolicy policy = new DayCheckPolicy();

    PreSessionChecks(SessionContexts contexts, CheckRepository checks, Intake intake, Clients clients, Clinic clinic,
                     AuditLog audit, Clock clock) {
        this.contexts = contexts;
        this.checks = checks;
        this.intake = intake;
        this.clients = clients;
        this.clinic = clinic;
        this.audit = audit;
        this.clock = clock;
    }

    /** The red-flag questions the check asks again, in the intake's order. */
    public List<CheckQuestion> questions() {
        return intake.checkQuestions();
    }

    /**
     * Answers (or answers again) the check of a booked appointment: 400 naming each missing or wrong answer, 404 for
     * an appointment the caller may not see, 409 when it is no longer booked, 422 before the first intake.
     */
    @Transactional
    public PreSessionCheckView answer(AppointmentId id, CheckAnswers answers) {
        SessionContext context = contexts.requireBooked(contexts.clientOrStaff(id));
        policy.check(answers);
        ScreeningResult screening = intake.screenAgain(context.appointment().clientId(), policy.redFlags(answers));
        boolean alreadyEmergency = checks.find(id).filter(c -> c.tier() == ScreeningTier.EMERGENCY).isPresent();
        if (screening.tier() == ScreeningTier.EMERGENCY && !alreadyEmergency) {
            intake.reportEmergency(context.appointment().clientId());
        }
        StoredCheck stored = new StoredCheck(id, context.appointment().clientId(), answers, screening.tier(),
                screening.flags(), clock.instant(), context.caller().accountId().value(), context.caller().role());
        checks.save(stored);
        audit.record(context.caller(), AuditAction.CREATE, RECORD, id.toString(), AuditOutcome.SUCCESS,
                screening.tier().name());
        return view(stored);
    }

    /** The check of an appointment, if answered; staff reads are audited. */
    @Transactional
    public Optional<PreSessionCheckView> find(AppointmentId id) {
        SessionContext context = contexts.clientOrStaff(id);
        if (context.caller().role() != Role.CLIENT) {
            clients.requireClinicalAccess(context.appointment().clientId(), RECORD);
        }
        return checks.find(id).map(this::view);
    }

    private PreSessionCheckView view(StoredCheck check) {
        ZoneId zone = clinic.profile().zone();
        return new PreSessionCheckView(check.appointment(), check.answers(), check.tier(), check.redFlags(),
                policy.flags(check.answers()).stream().map(ContraindicationFlag::condition)
                        .collect(java.util.stream.Collectors.toSet()),
                policy.avoidToday(check.answers()), check.answeredAt().atZone(zone).toOffsetDateTime(),
                check.answeredByRole());
    }
}
