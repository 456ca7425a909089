package org.stillpoint.clients.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stillpoint.clients.Clients;
import org.stillpoint.clients.EmailAlreadyRegistered;
import org.stillpoint.clients.domain.EmailVerificationTokens;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.Forms;
import org.stillpoint.platform.RuleViolation;

/** The public sign-up and the page the e-mail link opens. */
@Controller
class SignUpController {

    private final Clients clients;

    SignUpController(Clients clients) {
        this.clients = clients;
    }

    @GetMapping("/signup")
    String form(Model model) {
        if (Accounts.current().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("form", SignUpForm.empty());
        model.addAttribute("consents", clients.currentConsents());
        return "clients/signup";
    }

    /** A taken address looks like any other sign-up from here; its owner is told by mail instead. */
    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                clients.signUp(form.toSignUp());
                return "redirect:/signup/done";
            } catch (EmailAlreadyRegistered sameAnswer) {
                return "redirect:/signup/done";
            } catch (DomainException e) {
                Forms.reject(errors, e, "email");
            }
        }
        model.addAttribute("consents", clients.currentConsents());
        return "clients/signup";
    }

    @GetMapping("/signup/done")
    String done() {
        return "clients/signup-done";
    }

    /**
     * The link in the mail opens a page with one button: following a link must not change anything, because mail
     * scanners follow links too.
     */
    @GetMapping("/verify-email")
    String confirm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        return "clients/verify-email";
    }

    @PostMapping("/verify-email")
    String verify(@RequestParam(required = false) String token, Model model) {
        try {
            clients.verifyEmail(token);
            model.addAttribute("verified", true);
        } catch (RuleViolation refused) {
            model.addAttribute("problem", refused.messageKey());
            model.addAttribute("hours", EmailVerificationTokens.VALIDITY.toHours());
        }
        return "clients/verify-email";
    }
}
