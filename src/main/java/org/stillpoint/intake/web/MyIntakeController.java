package org.stillpoint.intake.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.Intake;
import org.stillpoint.intake.IntakeDraft;
import org.stillpoint.intake.IntakeVersion;
import org.stillpoint.intake.domain.AnswerProblem;
import org.stillpoint.intake.domain.IncompleteIntake;
import org.stillpoint.intake.domain.IntakeAnswers;
import org.stillpoint.platform.Forms;
import org.stillpoint.platform.NotFound;

/**
 * The client's own intake: an overview, one page per step, a review and the result. Every step saves the draft,
 * whatever it holds, before anything else happens, so that nothing typed is lost; "Next" on a step with answers to
 * look at shows them beside their fields and offers to continue anyway. Works without JavaScript.
 */
@Controller
class MyIntakeController {

    private final Intake intake;
    private final RedFlagTexts redFlags;

    MyIntakeController(Intake intake, RedFlagTexts redFlags) {
        this.intake = intake;
        this.redFlags = redFlags;
    }

    /** A summary of the steps still open, for the review and the overview. */
    record StepProblems(IntakeStep step, int count) {
    }

    /** The answers are records: they are bound through their constructors only, never changed afterwards. */
    @InitBinder("posted")
    void constructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @ModelAttribute("steps")
    IntakeStep[] steps() {
        return IntakeStep.values();
    }

    @GetMapping("/me/intake")
    String overview(Model model) {
        ClientId me = intake.me();
        IntakeDraft draft = intake.draft(me);
        Map<IntakeStep, Integer> open = open(draft.problems());
        model.addAttribute("draft", draft);
        model.addAttribute("open", open);
        model.addAttribute("firstOpen", Arrays.stream(IntakeStep.values()).filter(s -> open.get(s) > 0).findFirst()
                .orElse(IntakeStep.HISTORY));
        model.addAttribute("latest", intake.latest(me).orElse(null));
        model.addAttribute("status", intake.clearanceOverview(me).status());
        return "intake/me";
    }

    @GetMapping("/me/intake/review")
    String review(Model model) {
        IntakeDraft draft = intake.draft(intake.me());
        return review(draft.answers(), draft.problems(), model);
    }

    /** Submits the saved draft; with answers still to fix, the review lists them again. */
    @PostMapping("/me/intake/submit")
    String submit(Model model) {
        ClientId me = intake.me();
        IntakeDraft draft = intake.draft(me);
        try {
            intake.submit(me, draft.answers());
            return "redirect:/me/intake/result";
        } catch (IncompleteIntake incomplete) {
            return review(draft.answers(), incomplete.problems(), model);
        }
    }

    @GetMapping("/me/intake/result")
    String result(Model model) {
        ClientId me = intake.me();
        IntakeVersion latest = intake.latest(me).orElse(null);
        if (latest == null) {
            return "redirect:/me/intake";
        }
        model.addAttribute("version", latest);
        model.addAttribute("status", intake.clearanceOverview(me).status());
        return "intake/result";
    }

    /** One step; with {@code check}, the answers to look at are shown beside their fields at once. */
    @GetMapping("/me/intake/{path}")
    String step(@PathVariable String path, @RequestParam(defaultValue = "false") boolean check, Model model) {
        IntakeStep step = step(path);
        IntakeDraft draft = intake.draft(intake.me());
        return show(step, draft, check, model);
    }

    /**
     * Saves the step into the draft, then goes where the person asked: back, on (after showing what to look at, the
     * first time), or on anyway.
     */
    @PostMapping("/me/intake/{path}")
    String save(@PathVariable String path, @ModelAttribute("posted") IntakeAnswers posted, BindingResult unreadable,
                @RequestParam(defaultValue = "next") String go, Model model, RedirectAttributes flash) {
        // A value that could not be read arrives as no answer; the step's check then names it.
        IntakeStep step = step(path);
        ClientId me = intake.me();
        IntakeDraft saved = intake.saveDraft(me, step.merge(intake.draft(me).answers(), posted));
        if (go.equals("back")) {
            return step.previous().map(MyIntakeController::redirect).orElse("redirect:/me/intake");
        }
        if (go.equals("next") && !step.problemsIn(saved.problems()).isEmpty()) {
            return show(step, saved, true, model);
        }
        flash.addFlashAttribute("flash", "intake.step.saved");
        return step.next().map(MyIntakeController::redirect).orElse("redirect:/me/intake/review");
    }

    private String show(IntakeStep step, IntakeDraft draft, boolean check, Model model) {
        IntakeAnswers form = StepAnswers.forForm(draft.answers());
        BindingResult errors = new BeanPropertyBindingResult(form, "form", false, 0);
        List<AnswerProblem> problems = step.problemsIn(draft.problems());
        if (check && !problems.isEmpty()) {
            Forms.reject(errors, new IncompleteIntake(problems), null);
        }
        model.addAttribute("step", step);
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        model.addAttribute("checked", check);
        model.addAttribute("stepProblems", problems.size());
        model.addAttribute("options", Options.ALL);
        if (step == IntakeStep.RED_FLAGS) {
            model.addAttribute("questions", redFlags.questions(draft.answers()));
        }
        return "intake/step";
    }

    private String review(IntakeAnswers answers, List<AnswerProblem> problems, Model model) {
        Map<IntakeStep, Integer> open = open(problems);
        model.addAttribute("step", null);
        model.addAttribute("answers", answers);
        model.addAttribute("stepsToFix", Arrays.stream(IntakeStep.values()).filter(s -> open.get(s) > 0)
                .map(s -> new StepProblems(s, open.get(s))).toList());
        model.addAttribute("questionTexts", redFlags.texts());
        return "intake/review";
    }

    private static Map<IntakeStep, Integer> open(List<AnswerProblem> problems) {
        Map<IntakeStep, Integer> open = new EnumMap<>(IntakeStep.class);
        for (IntakeStep step : IntakeStep.values()) {
            open.put(step, step.problemsIn(problems).size());
        }
        return open;
    }

    private static IntakeStep step(String path) {
        return IntakeStep.of(path).orElseThrow(() -> new NotFound("intake-step"));
    }

    private static String redirect(IntakeStep step) {
        return "redirect:/me/intake/" + step.path();
    }
}
