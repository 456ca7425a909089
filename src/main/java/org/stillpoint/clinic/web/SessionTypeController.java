package org.stillpoint.clinic.web;

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
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Forms;

@Controller
class SessionTypeController {

    private final Clinic clinic;

    SessionTypeController(Clinic clinic) {
        this.clinic = clinic;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("providerTypes", ProviderType.values());
        model.addAttribute("techniques", Technique.values());
    }

    @GetMapping("/admin/session-types")
    String list(Model model) {
        model.addAttribute("sessionTypes", clinic.sessionTypes());
        return "clinic/session-types";
    }

    @GetMapping("/admin/session-types/new")
    String newType(Model model) {
        model.addAttribute("form", new SessionTypeForm());
        return "clinic/session-type";
    }

    @PostMapping("/admin/session-types")
    String add(@Valid @ModelAttribute("form") SessionTypeForm form, BindingResult errors, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                clinic.addSessionType(form.toDetails());
                flash.addFlashAttribute("flash", "session-type.saved");
                return "redirect:/admin/session-types";
            } catch (DomainException e) {
                Forms.reject(errors, e, null);
            }
        }
        return "clinic/session-type";
    }

    @GetMapping("/admin/session-types/{id}")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("form", SessionTypeForm.of(
                clinic.sessionType(new SessionTypeId(id)).orElseThrow(() -> new NotFound("session-type"))));
        model.addAttribute("sessionTypeId", id);
        return "clinic/session-type";
    }

    @PostMapping("/admin/session-types/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") SessionTypeForm form, BindingResult errors,
                  Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                clinic.updateSessionType(new SessionTypeId(id), form.toDetails());
                flash.addFlashAttribute("flash", "session-type.saved");
                return "redirect:/admin/session-types";
            } catch (DomainException e) {
                if (e instanceof NotFound) {
                    throw e;
                }
                Forms.reject(errors, e, null);
            }
        }
        model.addAttribute("sessionTypeId", id);
        return "clinic/session-type";
    }
}
