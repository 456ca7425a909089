package org.stillpoint.treatment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Technique;
import org.stillpoint.intake.Intake;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.Forms;
import org.stillpoint.platform.NotFound;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.AppointmentView;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.treatment.BlockInput;
import org.stillpoint.treatment.BlockVerdict;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.CheckAnswers;
import org.stillpoint.treatment.Lighting;
import org.stillpoint.treatment.Pack;
import org.stillpoint.treatment.PlanChange;
import org.stillpoint.treatment.PlanProposal;
import org.stillpoint.treatment.PlanRefused;
import org.stillpoint.treatment.PlanStatus;
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
 * The session for people: the therapist's session screen (summary card → check → plan → note), the pre-session
 * check (the client's on their phone, or the therapist's at the start), the plan editor where every change is
 * checked again at once (htmx), and the client's plan in plain words with their agreement.
 */
@Controller
class SessionPages {

    private static final int EMPTY_ROWS = 2;

    private final PreSessionChecks checks;
    private final SessionPlans plans;
    private final Scheduling scheduling;
    private final Intake intake;
    private final Clients clients;

    SessionPages(PreSessionChecks checks, SessionPlans plans, Scheduling scheduling, Intake intake, Clients clients) {
        this.checks = checks;
        this.plans = plans;
        this.scheduling = scheduling;
        this.intake = intake;
        this.clients = clients;
    }

    // --- the session screen ---

    @GetMapping("/therapist/appointments/{id}")
    String session(@PathVariable UUID id, Model model) {
        AppointmentId appointment = new AppointmentId(id);
        AppointmentView view = scheduling.appointment(appointment);
        model.addAttribute("appointment", view);
        model.addAttribute("summary", intake.summary(view.clientId()));
        model.addAttribute("check", checks.find(appointment).orElse(null));
        model.addAttribute("planStatus", plans.status(appointment));
        // The diary link only while the client shares it: the diary answers 404 to a therapist otherwise.
        model.addAttribute("diaryShared", clients.sharesDiaryWithTherapists(view.clientId()));
        return "treatment/session";
    }

    // --- the pre-session check ---

    @GetMapping({"/therapist/appointments/{id}/check", "/me/appointments/{id}/check"})
    String check(@PathVariable UUID id, Model model) {
        AppointmentId appointment = new AppointmentId(id);
        PreSessionCheckView done = checks.find(appointment).orElse(null);
        model.addAttribute("form", done == null ? new CheckPageForm() : CheckPageForm.of(done.answers()));
        return checkPage(appointment, done, model);
    }

    @PostMapping({"/therapist/appointments/{id}/check", "/me/appointments/{id}/check"})
    String answer(@PathVariable UUID id, @ModelAttribute("form") CheckPageForm form, BindingResult errors,
                  Model model) {
        AppointmentId appointment = new AppointmentId(id);
        if (errors.hasErrors()) {
            // A value that could not be read (a made-up body area, letters for hours) is shown, not dropped.
            return checkPage(appointment, null, model);
        }
        try {
            PreSessionCheckView done = checks.answer(appointment, form.answers());
            model.addAttribute("answered", true);
            return checkPage(appointment, done, model);
        } catch (DomainException refused) {
            Forms.reject(errors, refused, null);
            return checkPage(appointment, null, model);
        }
    }

    private String checkPage(AppointmentId appointment, PreSessionCheckView done, Model model) {
        model.addAttribute("appointment", scheduling.appointment(appointment));
        model.addAttribute("done", done);
        model.addAttribute("questions", checks.questions());
        model.addAttribute("areas", BodyArea.values());
        model.addAttribute("unsure", YesNoUnsure.values());
        return "treatment/check";
    }

    // --- the plan editor ---

    @GetMapping("/therapist/appointments/{id}/plan")
    String plan(@PathVariable UUID id, Model model) {
        AppointmentId appointment = new AppointmentId(id);
        PlanPageForm form;
        SessionVerdict verdict = null;
        if (plans.status(appointment) != PlanStatus.NONE) {
            SessionPlanView plan = plans.plan(appointment);
            form = PlanPageForm.of(plan);
            verdict = plan.verdict();
        } else {
            form = new PlanPageForm();
        }
        return editor(appointment, form, verdict, model);
    }

    /** Fills the editor with Stillpoint's proposal; nothing is saved until the therapist saves. */
    @PostMapping("/therapist/appointments/{id}/plan/proposal")
    String propose(@PathVariable UUID id, @ModelAttribute("form") PlanPageForm form, BindingResult errors,
                   Model model) {
        AppointmentId appointment = new AppointmentId(id);
        try {
            PlanProposal proposal = plans.propose(appointment);
            PlanPageForm proposed = PlanPageForm.of(proposal, form.getVersion());
            model.addAttribute("form", proposed);
            model.addAttribute("proposed", true);
            return editor(appointment, proposed, proposal.verdict(), model);
        } catch (DomainException refused) {
            Forms.reject(errors, refused, null);
            return editor(appointment, form, null, model);
        }
    }

    /**
     * Checks (htmx on every change, or the Check button) or saves the plan. A refused save re-renders the editor
     * with each block's verdict and the reason.
     */
    @PostMapping("/therapist/appointments/{id}/plan")
    String savePlan(@PathVariable UUID id, @ModelAttribute("form") PlanPageForm form, BindingResult errors,
                    @RequestParam(defaultValue = "check") String action,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                    RedirectAttributes flash) {
        AppointmentId appointment = new AppointmentId(id);
        form.dropEmptyRows();
        SessionVerdict verdict = null;
        if (errors.hasErrors()) {
            // Neither checked nor saved with a value that could not be read (it would be saved as null or false).
            String page = editor(appointment, form, null, model);
            return htmx != null ? page + " :: editor" : page;
        }
        try {
            PlanChange change = form.change();
            if ("save".equals(action) && htmx == null) {
                plans.replace(appointment, change);
                flash.addFlashAttribute("flash", "plan.saved");
                return "redirect:/therapist/appointments/" + id;
            }
            verdict = plans.check(appointment, change);
        } catch (PlanRefused refused) {
            Forms.reject(errors, refused, null);
            verdict = refused.verdict();
        } catch (DomainException refused) {
            Forms.reject(errors, refused, null);
        }
        String page = editor(appointment, form, verdict, model);
        return htmx != null ? page + " :: editor" : page;
    }

    private String editor(AppointmentId appointment, PlanPageForm form, SessionVerdict verdict, Model model) {
        form.padRows(EMPTY_ROWS);
        model.addAttribute("form", form);
        model.addAttribute("appointment", scheduling.appointment(appointment));
        model.addAttribute("verdict", verdict);
        model.addAttribute("verdicts", verdict == null ? Map.of() : byIndex(verdict));
        model.addAttribute("techniques", Technique.values());
        model.addAttribute("areas", BodyArea.values());
        model.addAttribute("lightings", Lighting.values());
        model.addAttribute("sounds", Sound.values());
        model.addAttribute("temperatures", RoomTemperature.values());
        model.addAttribute("packs", Pack.values());
        model.addAttribute("positions", Position.values());
        return "treatment/plan";
    }

    private static Map<Integer, BlockVerdict> byIndex(SessionVerdict verdict) {
        Map<Integer, BlockVerdict> map = new LinkedHashMap<>();
        verdict.blocks().forEach(b -> map.put(b.index(), b));
        return map;
    }

    // --- the client's plan ---

    @GetMapping("/me/appointments/{id}/plan")
    String myPlan(@PathVariable UUID id, Model model) {
        AppointmentId appointment = new AppointmentId(id);
        model.addAttribute("appointment", scheduling.appointment(appointment));
        model.addAttribute("plan", plans.summary(appointment).orElseThrow(() -> new NotFound("session-plan")));
        return "treatment/my-plan";
    }

    @PostMapping("/me/appointments/{id}/plan/agreement")
    String agree(@PathVariable UUID id, @RequestParam(required = false) Long version, RedirectAttributes flash) {
        try {
            plans.agree(new AppointmentId(id), version);
            flash.addFlashAttribute("flash", "plan.agreed");
        } catch (DomainException refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/me/appointments/" + id + "/plan";
    }

    // --- forms ---

    /** The check as the page posts it; unticked boxes send nothing. */
    public static class CheckPageForm {
        private Boolean fever;
        private Boolean attackInProgress;
        private Integer attackHoursAgo;
        private Integer attackSeverity;
        private String attackMedicine;
        private Boolean attackUnusual;
        private Boolean touchHurts;
        private Boolean newMedicine;
        private String newMedicineName;
        private YesNoUnsure bloodThinner;
        private Boolean newInjury;
        private String injuryDescription;
        private Set<BodyArea> injuredAreas;
        private Boolean headOrNeckInjury;
        private Boolean newSymptom;
        private String symptomDescription;
        private Map<String, Boolean> redFlags = new LinkedHashMap<>();

        static CheckPageForm of(CheckAnswers a) {
            CheckPageForm f = new CheckPageForm();
            f.fever = a.fever();
            f.attackInProgress = a.attackInProgress();
            f.attackHoursAgo = a.attackHoursAgo();
            f.attackSeverity = a.attackSeverity();
            f.attackMedicine = a.attackMedicine();
            f.attackUnusual = a.attackUnusual();
            f.touchHurts = a.touchHurts();
            f.newMedicine = a.newMedicine();
            f.newMedicineName = a.newMedicineName();
            f.bloodThinner = a.bloodThinner();
            f.newInjury = a.newInjury();
            f.injuryDescription = a.injuryDescription();
            f.injuredAreas = a.injuredAreas();
            f.headOrNeckInjury = a.headOrNeckInjury();
            f.newSymptom = a.newSymptom();
            f.symptomDescription = a.symptomDescription();
            f.redFlags = new LinkedHashMap<>(a.redFlags());
            return f;
        }

        CheckAnswers answers() {
            Map<String, Boolean> answered = new LinkedHashMap<>();
            redFlags.forEach((k, v) -> {
                if (v != null) {
                    answered.put(k, v);
                }
            });
            return new CheckAnswers(fever, attackInProgress, attackHoursAgo, attackSeverity, attackMedicine,
                    attackUnusual, touchHurts, newMedicine, newMedicineName, bloodThinner, newInjury,
                    injuryDescription, injuredAreas, headOrNeckInjury, newSymptom, symptomDescription, answered);
        }

        public Boolean getFever() { return fever; }
        public void setFever(Boolean v) { fever = v; }
        public Boolean getAttackInProgress() { return attackInProgress; }
        public void setAttackInProgress(Boolean v) { attackInProgress = v; }
        public Integer getAttackHoursAgo() { return attackHoursAgo; }
        public void setAttackHoursAgo(Integer v) { attackHoursAgo = v; }
        public Integer getAttackSeverity() { return attackSeverity; }
        public void setAttackSeverity(Integer v) { attackSeverity = v; }
        public String getAttackMedicine() { return attackMedicine; }
        public void setAttackMedicine(String v) { attackMedicine = v; }
        public Boolean getAttackUnusual() { return attackUnusual; }
        public void setAttackUnusual(Boolean v) { attackUnusual = v; }
        public Boolean getTouchHurts() { return touchHurts; }
        public void setTouchHurts(Boolean v) { touchHurts = v; }
        public Boolean getNewMedicine() { return newMedicine; }
        public void setNewMedicine(Boolean v) { newMedicine = v; }
        public String getNewMedicineName() { return newMedicineName; }
        public void setNewMedicineName(String v) { newMedicineName = v; }
        public YesNoUnsure getBloodThinner() { return bloodThinner; }
        public void setBloodThinner(YesNoUnsure v) { bloodThinner = v; }
        public Boolean getNewInjury() { return newInjury; }
        public void setNewInjury(Boolean v) { newInjury = v; }
        public String getInjuryDescription() { return injuryDescription; }
        public void setInjuryDescription(String v) { injuryDescription = v; }
        public Set<BodyArea> getInjuredAreas() { return injuredAreas; }
        public void setInjuredAreas(Set<BodyArea> v) { injuredAreas = v; }
        public Boolean getHeadOrNeckInjury() { return headOrNeckInjury; }
        public void setHeadOrNeckInjury(Boolean v) { headOrNeckInjury = v; }
        public Boolean getNewSymptom() { return newSymptom; }
        public void setNewSymptom(Boolean v) { newSymptom = v; }
        public String getSymptomDescription() { return symptomDescription; }
        public void setSymptomDescription(String v) { symptomDescription = v; }
        public Map<String, Boolean> getRedFlags() { return redFlags; }
        public void setRedFlags(Map<String, Boolean> v) { redFlags = v; }
    }

    /** One row of the plan editor; a row without a technique is left out. */
    public static class BlockRow {
        private Technique technique;
        private BodyArea area;
        private Integer minutes;
        private Integer pressure;
        private boolean heat;
        private String notes;
        private String overrideReason;

        static BlockRow of(PlannedBlock b) {
            BlockRow row = new BlockRow();
            row.technique = b.technique();
            row.area = b.area();
            row.minutes = b.minutes();
            row.pressure = b.pressure();
            row.heat = b.heat();
            row.notes = b.notes();
            return row;
        }

        boolean empty() {
            return technique == null && area == null && minutes == null;
        }

        public Technique getTechnique() { return technique; }
        public void setTechnique(Technique v) { technique = v; }
        public BodyArea getArea() { return area; }
        public void setArea(BodyArea v) { area = v; }
        public Integer getMinutes() { return minutes; }
        public void setMinutes(Integer v) { minutes = v; }
        public Integer getPressure() { return pressure; }
        public void setPressure(Integer v) { pressure = v; }
        public boolean isHeat() { return heat; }
        public void setHeat(boolean v) { heat = v; }
        public String getNotes() { return notes; }
        public void setNotes(String v) { notes = v; }
        public String getOverrideReason() { return overrideReason; }
        public void setOverrideReason(String v) { overrideReason = v; }
    }

    /** The plan editor's form. */
    public static class PlanPageForm {
        private List<BlockRow> blocks = new ArrayList<>();
        private Lighting lighting = Lighting.DIMMED;
        private Sound sound = Sound.QUIET;
        private RoomTemperature temperature = RoomTemperature.NEUTRAL;
        private Pack pack = Pack.NONE;
        private Position position = Position.SUPINE;
        private String note;
        private Long version;

        static PlanPageForm of(SessionPlanView plan) {
            PlanPageForm f = new PlanPageForm();
            plan.blocks().forEach(b -> f.blocks.add(BlockRow.of(b)));
            for (RuleOverride o : plan.overrides()) {
                f.blocks.get(o.block()).setOverrideReason(o.reason());
            }
            f.lighting = plan.environment().lighting();
            f.sound = plan.environment().sound();
            f.temperature = plan.environment().temperature();
            f.pack = plan.environment().pack();
            f.position = plan.environment().position();
            f.note = plan.note();
            f.version = plan.version();
            return f;
        }

        static PlanPageForm of(PlanProposal proposal, Long version) {
            PlanPageForm f = new PlanPageForm();
            proposal.blocks().forEach(b -> f.blocks.add(BlockRow.of(b)));
            f.lighting = proposal.environment().lighting();
            f.sound = proposal.environment().sound();
            f.temperature = proposal.environment().temperature();
            f.pack = proposal.environment().pack();
            f.position = proposal.environment().position();
            f.version = version;
            return f;
        }

        void dropEmptyRows() {
            blocks.removeIf(b -> b == null || b.empty());
        }

        void padRows(int empty) {
            for (int i = 0; i < empty; i++) {
                blocks.add(new BlockRow());
            }
        }

        PlanChange change() {
            List<BlockInput> inputs = blocks.stream().map(b -> new BlockInput(b.technique, b.area, b.minutes,
                    b.pressure, b.heat, b.notes, b.overrideReason)).toList();
            return new PlanChange(inputs, lighting, sound, temperature, pack, position, note, List.of(), version);
        }

        public List<BlockRow> getBlocks() { return blocks; }
        public void setBlocks(List<BlockRow> v) { blocks = v; }
        public Lighting getLighting() { return lighting; }
        public void setLighting(Lighting v) { lighting = v; }
        public Sound getSound() { return sound; }
        public void setSound(Sound v) { sound = v; }
        public RoomTemperature getTemperature() { return temperature; }
        public void setTemperature(RoomTemperature v) { temperature = v; }
        public Pack getPack() { return pack; }
        public void setPack(Pack v) { pack = v; }
        public Position getPosition() { return position; }
        public void setPosition(Position v) { position = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
    }
}
