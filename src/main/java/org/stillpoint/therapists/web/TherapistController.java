package org.stillpoint.therapists.web;

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
import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Forms;
import org.stillpoint.therapists.NewTherapist;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.Therapists;

@Controller
class TherapistController {

    private final Therapists therapists;

    TherapistController(Therapists therapists) {
        this.therapists = therapists;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("providerTypes", ProviderType.values());
        model.addAttribute("techniqueChoices", Technique.values());
    }

    @GetMapping("/admin/therapists")
    String list(Model model) {
        model.addAttribute("therapists", therapists.all());
        return "therapists/list";
    }

    @GetMapping("/admin/therapists/new")
    String newTherapist(Model model) {
        model.addAttribute("form", new TherapistForm());
        return "therapists/edit";
    }

    @PostMapping("/admin/therapists")
    String add(@Valid @ModelAttribute("form") TherapistForm form, BindingResult errors, RedirectAttributes flash) {
        if (form.getEmail() == null || form.getEmail().isBlank()) {
            errors.rejectValue("email", "field.required");
        }
        if (form.getInitialPassword() == null || form.getInitialPassword().isBlank()) {
            errors.rejectValue("initialPassword", "field.required");
        }
        if (!errors.hasErrors()) {
            try {
                therapists.add(new NewTherapist(form.getEmail(), form.getInitialPassword(), form.toDetails()));
                flash.addFlashAttribute("flash", "therapist.saved");
                return "redirect:/admin/therapists";
            } catch (DomainException e) {
                Forms.reject(errors, e, "email");
            }
        }
        return "therapists/edit";
    }

    @GetMapping("/admin/therapists/{id}")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("form", TherapistForm.of(
                therapists.find(new TherapistId(id)).orElseThrow(() -> new NotFound("therapist"))));
        model.addAttribute("therapistId", id);
        return "therapists/edit";
    }

    @PostMapping("/admin/therapists/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") TherapistForm form, BindingResult errors,
                  Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                therapists.update(new TherapistId(id), form.toDetails());
                flash.addFlashAttribute("flash", "therapist.saved");
                return "redirect:/admin/therapists";
            } catch (DomainException e) {
                if (e instanceof NotFound) {
                    throw e;
                }
                Forms.reject(errors, e, null);
            }
        }
        model.addAttribute("therapistId", id);
        return "therapists/edit";
    }
}
