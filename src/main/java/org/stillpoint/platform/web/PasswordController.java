package org.stillpoint.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.Forms;
import org.stillpoint.platform.RuleViolation;

@Controller
class PasswordController {

    private final Accounts accounts;
    private final SecurityContextRepository signedIn = new HttpSessionSecurityContextRepository();

    PasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(@ModelAttribute("form") PasswordForm form) {
        return "platform/password";
    }

    @PostMapping("/account/password")
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors, RedirectAttributes flash,
                  HttpServletRequest request, HttpServletResponse response) {
        if (!errors.hasErrors() && !form.newPassword().equals(form.repeatPassword())) {
            errors.rejectValue("repeatPassword", "account.password.mismatch");
        }
        if (errors.hasErrors()) {
            return "platform/password";
        }
        try {
            accounts.changePassword(form.currentPassword(), form.newPassword());
        } catch (RuleViolation rule) {
            Forms.reject(errors, rule, "newPassword");
            return "platform/password";
        }
        // The session store (Spring Session JDBC) keeps an attribute only when it is set again, so the principal
        // that no longer has to change its password must be stored anew, or the next request would still ask.
        signedIn.saveContext(SecurityContextHolder.getContext(), request, response);
        flash.addFlashAttribute("flash", "account.password.changed");
        return "redirect:/";
    }

    record PasswordForm(@NotBlank(message = "{field.required}") String currentPassword,
                        @NotBlank(message = "{field.required}") String newPassword,
                        @NotBlank(message = "{field.required}") String repeatPassword) {
    }
}
