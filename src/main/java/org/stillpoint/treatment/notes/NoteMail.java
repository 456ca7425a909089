package org.stillpoint.treatment.notes;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.stillpoint.notifications.OutgoingMail;

/**
 * The session notes' e-mail to staff, worded in the message bundle. Like the intake's emergency mail it names no
 * client and no symptom: the link leads to the day's schedule, which only staff may open. Links start from the
 * configured public address ({@code stillpoint.base-url}).
 */
@Component
public class NoteMail {

    private final MessageSource messages;
    private final String baseUrl;

    NoteMail(MessageSource messages, @Value("${stillpoint.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** Tells a member of staff that a therapist recorded the emergency of clinical-reference §6.2 in a session. */
    public OutgoingMail emergency(String to, String staffName, LocalDate day) {
        String link = UriComponentsBuilder.fromUriString(baseUrl).path("/desk/day").queryParam("date", day)
                .build().toUriString();
        // Staff read the clinic's own language: the bundle's default.
        Locale locale = Locale.ROOT;
        return new OutgoingMail(to, messages.getMessage("notes.mail.emergency.subject", null, locale),
                messages.getMessage("notes.mail.emergency.text", new Object[] {staffName, link}, locale));
    }
}
