package org.stillpoint.intake.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.ClearanceScope;
import org.stillpoint.intake.Intake;

/**
 * The front desk's and the owner's clearance pages: who is waiting for a clearance (emergencies first in mind),
 * and one client's status with the form to record a clinician's clearance. The status only, never the answers
 * (DESIGN §1).
 */
@Controller
class ClearancePageController {

    private final Intake intake;

    ClearancePageController(Intake intake) {
        this.intake = intake;
    }

    @ModelAttribute("scopes")
    ClearanceScope[] scopes() {
        return ClearanceScope.values();
    }

    @GetMapping("/desk/intake")
    String awaiting(Model model) {
        model.addAttribute("waiting", intake.awaitingClearance());
        return "intake/awaiting";
    }

    @GetMapping("/desk/clients/{id}/clearances")
    String clearances(@PathVariable UUID id, Model model) {
        model.addAttribute("form", ClearanceForm.empty(intake.today()));
        return page(id, model);
    }

    @PostMapping("/desk/clients/{id}/clearances")
    String record(@PathVariable UUID id, @ModelAttribute("form") ClearanceForm form, BindingResult errors,
                  Model model, RedirectAttributes flash) {
        if (FormChanges.made(errors, () -> intake.recordClearance(new ClientId(id), form.toNewClearance()))) {
            flash.addFlashAttribute("flash", "intake.clearance.recorded");
            return "redirect:/desk/clients/" + id + "/clearances";
        }
        return page(id, model);
    }

    private String page(UUID id, Model model) {
        model.addAttribute("overview", intake.clearanceOverview(new ClientId(id)));
        model.addAttribute("today", intake.today());
        return "intake/clearances";
    }
}
