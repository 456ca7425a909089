package org.stillpoint.intake.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.DisabilityScores;
import org.stillpoint.intake.Intake;

/**
 * The staff's view of a client's intake: the summary card a therapist reads before a session, the intake history,
 * and the MIDAS and HIT-6 entry forms. For the owner and therapists who care for the client; everyone else gets 404
 * from the intake module, the front desk included (it sees the clearance page instead).
 */
@Controller
class DeskIntakeController {

    private final Intake intake;
    private final RedFlagTexts redFlags;

    DeskIntakeController(Intake intake, RedFlagTexts redFlags) {
        this.intake = intake;
        this.redFlags = redFlags;
    }

    @GetMapping("/desk/clients/{id}/intake")
    String summary(@PathVariable UUID id, Model model) {
        model.addAttribute("summary", intake.summary(new ClientId(id)));
        model.addAttribute("today", intake.today());
        return "intake/summary";
    }

    @GetMapping("/desk/clients/{id}/intake/versions")
    String versions(@PathVariable UUID id, Model model) {
        model.addAttribute("clientId", id);
        model.addAttribute("versions", intake.versions(new ClientId(id)));
        return "intake/versions";
    }

    @GetMapping("/desk/clients/{id}/intake/versions/{number}")
    String version(@PathVariable UUID id, @PathVariable int number, Model model) {
        model.addAttribute("clientId", id);
        model.addAttribute("version", intake.version(new ClientId(id), number));
        model.addAttribute("questionTexts", redFlags.texts());
        return "intake/version";
    }

    @GetMapping("/desk/clients/{id}/intake/scores")
    String scores(@PathVariable UUID id, Model model) {
        model.addAttribute("midasForm", MidasEntryForm.empty(intake.today()));
        model.addAttribute("hit6Form", Hit6EntryForm.empty(intake.today()));
        return scoresPage(id, model);
    }

    @PostMapping("/desk/clients/{id}/intake/midas")
    String recordMidas(@PathVariable UUID id, @Valid @ModelAttribute("midasForm") MidasEntryForm form,
                       BindingResult errors, Model model, RedirectAttributes flash) {
        if (FormChanges.made(errors, () -> intake.recordMidas(new ClientId(id), form.administeredOn(),
                form.toForm()))) {
            flash.addFlashAttribute("flash", form.toForm().complete() ? "intake.midas.saved"
                    : "intake.midas.saved-partial");
            return "redirect:/desk/clients/" + id + "/intake/scores";
        }
        model.addAttribute("hit6Form", Hit6EntryForm.empty(intake.today()));
        return scoresPage(id, model);
    }

    @PostMapping("/desk/clients/{id}/intake/hit6")
    String recordHit6(@PathVariable UUID id, @Valid @ModelAttribute("hit6Form") Hit6EntryForm form,
                      BindingResult errors, Model model, RedirectAttributes flash) {
        if (FormChanges.made(errors, () -> intake.recordHit6(new ClientId(id), form.administeredOn(),
                form.total()))) {
            flash.addFlashAttribute("flash", "intake.hit6.saved");
            return "redirect:/desk/clients/" + id + "/intake/scores";
        }
        model.addAttribute("midasForm", MidasEntryForm.empty(intake.today()));
        return scoresPage(id, model);
    }

    private String scoresPage(UUID id, Model model) {
        DisabilityScores scores = intake.scores(new ClientId(id));
        model.addAttribute("clientId", id);
        model.addAttribute("scores", scores);
        model.addAttribute("today", intake.today());
        return "intake/scores";
    }
}
