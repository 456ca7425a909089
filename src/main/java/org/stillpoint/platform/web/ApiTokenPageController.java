package org.stillpoint.platform.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.stillpoint.platform.ApiTokens;
import org.stillpoint.platform.IssuedApiToken;

/** The account's API tokens page: a new token is shown once, on the page that created it. */
@Controller
class ApiTokenPageController {

    private final ApiTokens tokens;

    ApiTokenPageController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/api-tokens")
    String page(@ModelAttribute("form") TokenForm form, Model model) {
        model.addAttribute("tokens", tokens.mine());
        return "platform/api-tokens";
    }

    @PostMapping("/account/api-tokens")
    String create(@Valid @ModelAttribute("form") TokenForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            IssuedApiToken issued = tokens.create(form.name(), form.days());
            model.addAttribute("issued", issued);
            model.addAttribute("form", new TokenForm(null, 90));
        }
        model.addAttribute("tokens", tokens.mine());
        return "platform/api-tokens";
    }

    @PostMapping("/account/api-tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes flash) {
        tokens.revoke(id);
        flash.addFlashAttribute("flash", "api-token.revoked");
        return "redirect:/account/api-tokens";
    }

    record TokenForm(@NotBlank(message = "{field.required}") @Size(max = 100, message = "{field.too-long}") String name,
                     @NotNull(message = "{field.required}") @Min(value = 1, message = "{api-token.days.range}")
                     @Max(value = ApiTokens.MAX_DAYS, message = "{api-token.days.range}") Integer days) {

        TokenForm {
            days = days == null && name == null ? Integer.valueOf(90) : days;
        }
    }
}
