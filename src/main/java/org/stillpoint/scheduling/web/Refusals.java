package org.stillpoint.scheduling.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.Forms;

/**
 * A refusal shown on the schedule page it came from ({@code problem}, see {@code scheduling/parts :: problem}): in
 * the reader's language, with the status the API would answer it with.
 */
@Component
class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    void show(DomainException refused, Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(Forms.status(refused).value());
        model.addAttribute("problem", text(refused, locale));
    }

    String text(DomainException refused, Locale locale) {
        return messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(), locale);
    }
}
