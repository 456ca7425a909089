package org.stillpoint.platform.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.Forms;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.NewAccount;
import org.stillpoint.platform.Role;

/** The owner's staff accounts page: open a front-desk account, close and reopen accounts. */
@Controller
class StaffController {

    private final Accounts accounts;

    StaffController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/staff")
    String list(@ModelAttribute("form") StaffForm form, Model model) {
        model.addAttribute("staff", accounts.staff());
        return "platform/staff";
    }

    @PostMapping("/admin/staff")
    String open(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors, Model model,
                RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                accounts.openStaff(new NewAccount(form.email(), form.displayName(), form.password(), form.role()));
                flash.addFlashAttribute("flash", "staff.opened");
                return "redirect:/admin/staff";
            } catch (DomainException e) {
                Forms.reject(errors, e, "email");
            }
        }
        model.addAttribute("staff", accounts.staff());
        return "platform/staff";
    }

    @PostMapping("/admin/staff/{id}/deactivate")
    String deactivate(@PathVariable UUID id, RedirectAttributes flash) {
        accounts.deactivate(new AccountId(id));
        flash.addFlashAttribute("flash", "staff.deactivated");
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{id}/reactivate")
    String reactivate(@PathVariable UUID id, RedirectAttributes flash) {
        accounts.reactivate(new AccountId(id));
        flash.addFlashAttribute("flash", "staff.reactivated");
        return "redirect:/admin/staff";
    }

    record StaffForm(@NotBlank(message = "{field.required}") @Size(max = 120, message = "{field.too-long}") String displayName,
                     @NotBlank(message = "{field.required}") @Email(message = "{field.email}") String email,
                     @NotNull(message = "{field.required}") Role role,
                     @NotBlank(message = "{field.required}") String password) {
    }
}
