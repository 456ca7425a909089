package org.stillpoint.treatment.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.intake.CheckQuestion;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.RedFlag;
import org.stillpoint.intake.ScreeningTier;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Role;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.treatment.BlockInput;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.CheckAnswers;
import org.stillpoint.treatment.Environment;
import org.stillpoint.treatment.Lighting;
import org.stillpoint.treatment.Pack;
import org.stillpoint.treatment.PlanChange;
import org.stillpoint.treatment.PlanProposal;
import org.stillpoint.treatment.PlanSummary;
import org.stillpoint.treatment.PlanTemplateView;
import org.stillpoint.treatment.PlannedBlock;
import org.stillpoint.treatment.Position;
import org.stillpoint.treatment.PreSessionCheckView;
import org.stillpoint.treatment.PreSessionChecks;
import org.stillpoint.treatment.RoomTemperature;
import org.stillpoint.treatment.RuleOverride;
import org.stillpoint.treatment.SessionPlanView;
import org.stillpoint.treatment.SessionPlans;
import org.stillpoint.treatment.SessionVerdict;
import org.stillpoint.treatment.Sound;
import org.stillpoint.treatment.YesNoUnsure;

/**
 * The session for programs: the pre-session check, the proposed and saved plan with the engine's verdict, the
 * client's plain summary and agreement, and therapists' plan templates.
 */
@RestController
class SessionApiController {

    private final PreSessionChecks checks;
    private final SessionPlans plans;

    SessionApiController(PreSessionChecks checks, SessionPlans plans) {
        this.checks = checks;
        this.plans = plans;
    }

    @GetMapping("/api/v1/check-questions")
    List<CheckQuestion> questions() {
        return checks.questions();
    }

    @GetMapping("/api/v1/appointments/{id}/check")
    CheckResponse check(@PathVariable UUID id) {
        return checks.find(new AppointmentId(id)).map(CheckResponse::of).orElseThrow(() -> new NotFound("check"));
    }

    /** 400 naming each missing or wrong answer; 409 when the appointment is not booked; 422 without an intake. */
    @PutMapping("/api/v1/appointments/{id}/check")
    CheckResponse answer(@PathVariable UUID id, @RequestBody CheckForm form) {
        return CheckResponse.of(checks.answer(new AppointmentId(id), form.answers()));
    }

    @PostMapping("/api/v1/appointments/{id}/plan/proposal")
    PlanProposal propose(@PathVariable UUID id) {
        return plans.propose(new AppointmentId(id));
    }

    @GetMapping("/api/v1/appointments/{id}/plan")
    PlanResponse plan(@PathVariable UUID id) {
        return PlanResponse.of(plans.plan(new AppointmentId(id)));
    }

    /** 400 naming each wrong field; 409 when stale; 422 when it overruns or a block does not pass the engine. */
    @PutMapping("/api/v1/appointments/{id}/plan")
    PlanResponse replace(@PathVariable UUID id, @RequestBody PlanForm form) {
        return PlanResponse.of(plans.replace(new AppointmentId(id), form.change()));
    }

    /** The engine's verdict on a plan being edited; nothing is saved. */
    @PostMapping("/api/v1/appointments/{id}/plan/check")
    SessionVerdict verdict(@PathVariable UUID id, @RequestBody PlanForm form) {
        return plans.check(new AppointmentId(id), form.change());
    }

    @GetMapping("/api/v1/appointments/{id}/plan/summary")
    SummaryResponse summary(@PathVariable UUID id) {
        return plans.summary(new AppointmentId(id)).map(SummaryResponse::of)
                .orElseThrow(() -> new NotFound("session-plan"));
    }

    @PostMapping("/api/v1/appointments/{id}/plan/agreement")
    SummaryResponse agree(@PathVariable UUID id, @RequestBody AgreementForm form) {
        return SummaryResponse.of(plans.agree(new AppointmentId(id), form.version()));
    }

    @GetMapping("/api/v1/plan-templates")
    List<PlanTemplateView> templates() {
        return plans.templates();
    }

    @PostMapping("/api/v1/plan-templates")
    @ResponseStatus(HttpStatus.CREATED)
    PlanTemplateView saveTemplate(@RequestBody TemplateForm form) {
        return plans.saveTemplate(form.name(), form.blocks());
    }

    record CheckForm(Boolean fever, Boolean attackInProgress, Integer attackHoursAgo, Integer attackSeverity,
                     String attackMedicine, Boolean attackUnusual, Boolean touchHurts, Boolean newMedicine,
                     String newMedicineName, YesNoUnsure bloodThinner, Boolean newInjury, String injuryDescription,
                     Set<BodyArea> injuredAreas, Boolean headOrNeckInjury, Boolean newSymptom,
                     String symptomDescription, Map<String, Boolean> redFlags) {

        CheckAnswers answers() {
            return new CheckAnswers(fever, attackInProgress, attackHoursAgo, attackSeverity, attackMedicine,
                    attackUnusual, touchHurts, newMedicine, newMedicineName, bloodThinner, newInjury,
                    injuryDescription, injuredAreas, headOrNeckInjury, newSymptom, symptomDescription, redFlags);
        }
    }

    record CheckResponse(UUID appointmentId, CheckAnswers answers, ScreeningTier tier, List<RedFlag> redFlags,
                         Set<ContraindicationCondition> raised, Set<BodyArea> avoidToday, boolean emergency,
                         OffsetDateTime answeredAt, Role answeredBy) {

        static CheckResponse of(PreSessionCheckView v) {
            return new CheckResponse(v.appointment().value(), v.answers(), v.tier(), v.redFlags(), v.raised(),
                    v.avoidToday(), v.emergency(), v.answeredAt(), v.answeredBy());
        }
    }

    record PlanForm(List<BlockInput> blocks, Lighting lighting, Sound sound, RoomTemperature temperature, Pack pack,
                    Position position, String note, List<RuleOverride> overrides, Long version) {

        PlanChange change() {
            return new PlanChange(blocks, lighting, sound, temperature, pack, position, note, overrides, version);
        }
    }

    record PlanResponse(UUID appointmentId, UUID clientId, boolean acute, List<PlannedBlock> blocks,
                        Environment environment, String note, List<RuleOverride> overrides, SessionVerdict verdict,
                        int sessionMinutes, int plannedMinutes, long version, OffsetDateTime updatedAt,
                        boolean agreed, OffsetDateTime agreedAt) {

        static PlanResponse of(SessionPlanView v) {
            return new PlanResponse(v.appointment().value(), v.client().value(), v.acute(), v.blocks(),
                    v.environment(), v.note(), v.overrides(), v.verdict(), v.sessionMinutes(), v.plannedMinutes(),
                    v.version(), v.updatedAt(), v.agreed(), v.agreedAt());
        }
    }

    record SummaryResponse(UUID appointmentId, OffsetDateTime start, List<PlannedBlock> blocks,
                           Environment environment, int plannedMinutes, long version, boolean agreed,
                           OffsetDateTime agreedAt) {

        static SummaryResponse of(PlanSummary s) {
            return new SummaryResponse(s.appointment().value(), s.start(), s.blocks(), s.environment(),
                    s.plannedMinutes(), s.version(), s.agreed(), s.agreedAt());
        }
    }

    record AgreementForm(Long version) {
    }

    record TemplateForm(String name, List<BlockInput> blocks) {
    }
}
