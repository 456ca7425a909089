package org.stillpoint.clinic.web;

import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.ClinicSetup;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.Installation;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Forms;

/** First run: create the clinic and the owner account, or explore with demo data. Gone (404) once set up. */
@Controller
class SetupController {

    private final Clinic clinic;
    private final Installation installation;

    SetupController(Clinic clinic, Installation installation) {
        this.clinic = clinic;
        this.installation = installation;
    }

    @ModelAttribute("timeZones")
    List<String> timeZones() {
        return TimeZones.ALL;
    }

    @GetMapping("/setup")
    String form(Model model) {
        requireNotSetUp();
        // A server on UTC (Etc/UTC is not in the picker) would otherwise pre-select the list's first zone unnoticed.
        String zone = ZoneId.systemDefault().getId();
        model.addAttribute("form", new SetupForm("", "", "", TimeZones.ALL.contains(zone) ? zone : "", "USD", "", "",
                "", ""));
        return "clinic/setup";
    }

    @PostMapping("/setup")
    String setUp(@Valid @ModelAttribute("form") SetupForm form, BindingResult errors, RedirectAttributes flash) {
        requireNotSetUp();
        if (!errors.hasFieldErrors("ownerPassword") && !form.ownerPassword().equals(form.repeatPassword())) {
            errors.rejectValue("repeatPassword", "account.password.mismatch");
        }
        if (errors.hasErrors()) {
            return "clinic/setup";
        }
        try {
            clinic.setUp(new ClinicSetup(form.clinicName(), form.address(), form.phone(), form.timeZone(),
                    form.currency(), form.ownerName(), form.ownerEmail(), form.ownerPassword()));
        } catch (DomainException e) {
            Forms.reject(errors, e, null);
            return "clinic/setup";
        }
        flash.addFlashAttribute("flash", "setup.done");
        return "redirect:/login";
    }

    @PostMapping("/setup/demo")
    String demo(RedirectAttributes flash) {
        requireNotSetUp();
        installation.fillDemo();
        flash.addFlashAttribute("flash", "setup.demo-done");
        return "redirect:/login";
    }

    private void requireNotSetUp() {
        if (installation.isSetUp()) {
            throw new NotFound("setup");
        }
    }

    record SetupForm(
            @NotBlank(message = "{field.required}") @Size(max = 120, message = "{field.too-long}") String clinicName,
            @Size(max = 300, message = "{field.too-long}") String address,
            @Size(max = 40, message = "{field.too-long}") String phone,
            @NotBlank(message = "{field.required}") String timeZone,
            @NotBlank(message = "{field.required}") @Pattern(regexp = "[A-Za-z]{3}", message = "{clinic.currency.invalid}") String currency,
            @NotBlank(message = "{field.required}") @Size(max = 120, message = "{field.too-long}") String ownerName,
            @NotBlank(message = "{field.required}") @Email(message = "{field.email}") String ownerEmail,
            @NotBlank(message = "{field.required}") String ownerPassword,
            @NotBlank(message = "{field.required}") String repeatPassword) {
    }
}
