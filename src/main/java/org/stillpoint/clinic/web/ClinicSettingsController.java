package org.stillpoint.clinic.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.ClinicDetails;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.Forms;

@Controller
class ClinicSettingsController {

    private final Clinic clinic;

    ClinicSettingsController(Clinic clinic) {
        this.clinic = clinic;
    }

    @ModelAttribute("timeZones")
    List<String> timeZones() {
        return TimeZones.ALL;
    }

    @GetMapping("/admin/clinic")
    String form(org.springframework.ui.Model model) {
        model.addAttribute("form", ClinicForm.of(clinic.details()));
        return "clinic/settings";
    }

    @PostMapping("/admin/clinic")
    String save(@Valid @ModelAttribute("form") ClinicForm form, BindingResult errors, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return "clinic/settings";
        }
        try {
            clinic.update(form.toDetails());
        } catch (DomainException e) {
            Forms.reject(errors, e, null);
            return "clinic/settings";
        }
        flash.addFlashAttribute("flash", "clinic.saved");
        return "redirect:/admin/clinic";
    }
}
