package org.stillpoint.clients.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.clients.ClientDetails;
import org.stillpoint.clients.Clients;
import org.stillpoint.clients.PressurePreference;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.Forms;

/** The signed-in client's own pages: profile, preferences, consents and diary sharing. */
@Controller
class MyClientController {

    private final Clients clients;

    MyClientController(Clients clients) {
        this.clients = clients;
    }

    @GetMapping("/me/profile")
    String profile(Model model) {
        ClientDetails me = clients.details(clients.mine());
        model.addAttribute("form", ClientForm.of(me));
        model.addAttribute("client", me);
        return "clients/profile";
    }

    @PostMapping("/me/profile")
    String saveProfile(@Valid @ModelAttribute("form") ClientForm form, BindingResult errors, Model model,
                       RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                clients.updateProfile(clients.mine(), form.toProfile());
                flash.addFlashAttribute("flash", "clients.saved");
                return "redirect:/me/profile";
            } catch (DomainException e) {
                Forms.reject(errors, e, null);
            }
        }
        model.addAttribute("client", clients.details(clients.mine()));
        return "clients/profile";
    }

    @PostMapping("/me/verification")
    String resendVerification(RedirectAttributes flash) {
        try {
            clients.resendVerification();
            flash.addFlashAttribute("flash", "clients.verify.resent");
        } catch (DomainException e) {
            flash.addFlashAttribute("flash", e.messageKey());
        }
        return "redirect:/me/profile";
    }

    @ModelAttribute("pressures")
    PressurePreference[] pressures() {
        return PressurePreference.values();
    }

    @GetMapping("/me/preferences")
    String preferences(Model model) {
        model.addAttribute("form", PreferencesForm.of(clients.preferences(clients.mine())));
        return "clients/preferences";
    }

    @PostMapping("/me/preferences")
    String savePreferences(@Valid @ModelAttribute("form") PreferencesForm form, BindingResult errors,
                           RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                clients.updatePreferences(clients.mine(), form.toPreferences());
                flash.addFlashAttribute("flash", "clients.preferences.saved");
                return "redirect:/me/preferences";
            } catch (DomainException e) {
                Forms.reject(errors, e, null);
            }
        }
        return "clients/preferences";
    }

    @GetMapping("/me/consents")
    String consents(Model model) {
        model.addAttribute("consents", clients.consents(clients.mine()));
        return "clients/consents";
    }

    /** A stale form (a newer text appeared meanwhile) comes back to the page, which then shows the newer text. */
    @PostMapping("/me/consents")
    String accept(@Valid @ModelAttribute("form") ConsentForm form, BindingResult errors, RedirectAttributes flash) {
        String message = "clients.consent.accepted";
        if (errors.hasErrors()) {
            message = "clients.consent.outdated";
        } else {
            try {
                clients.acceptConsent(clients.mine(), form.kind(), form.version());
            } catch (DomainException e) {
                message = e.messageKey();
            }
        }
        flash.addFlashAttribute("flash", message);
        return "redirect:/me/consents";
    }

    @GetMapping("/me/sharing")
    String sharing(Model model) {
        model.addAttribute("client", clients.details(clients.mine()));
        return "clients/sharing";
    }

    @PostMapping("/me/sharing")
    String saveSharing(@Valid @ModelAttribute("form") SharingForm form, BindingResult errors,
                       RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            boolean share = form.sharesDiaryWithTherapists();
            clients.shareDiaryWithTherapists(clients.mine(), share);
            flash.addFlashAttribute("flash", share ? "clients.sharing.now-shared" : "clients.sharing.now-private");
        }
        return "redirect:/me/sharing";
    }
}
