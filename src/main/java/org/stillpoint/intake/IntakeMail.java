package org.stillpoint.intake;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.stillpoint.clients.ClientId;
import org.stillpoint.notifications.OutgoingMail;

/**
 * The intake's e-mail to staff, worded in the message bundle. It names no client and no symptom: the link leads to
 * the client's clearance page, where only people who may see the client are let in. Links start from the
 * configured public address ({@code stillpoint.base-url}).
 */
@Component
class IntakeMail {

    private final MessageSource messages;
    private final String baseUrl;

    IntakeMail(MessageSource messages, @Value("${stillpoint.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** Tells a member of staff that a client was just advised to seek emergency care. */
    OutgoingMail emergency(String to, String staffName, ClientId client) {
        String link = UriComponentsBuilder.fromUriString(baseUrl).path("/desk/clients/{id}/clearances")
                .buildAndExpand(client.value()).toUriString();
        // Staff read the clinic's own language: the bundle's default, whatever language the client uses.
        Locale locale = Locale.ROOT;
        return new OutgoingMail(to, messages.getMessage("intake.mail.emergency.subject", null, locale),
                messages.getMessage("intake.mail.emergency.text", new Object[] {staffName, link}, locale));
    }
}
