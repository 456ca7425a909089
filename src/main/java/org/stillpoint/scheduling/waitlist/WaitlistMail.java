package org.stillpoint.scheduling.waitlist;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.stillpoint.clients.ClientAddressee;
import org.stillpoint.notifications.OutgoingMail;

/**
 * The waitlist's e-mail, worded in the message bundle and in its language (English), as the appointment mails are:
 * not in that of whoever freed the slot. The link starts from the configured public address
 * ({@code stillpoint.base-url}), never from a request's Host header.
 */
@Component
class WaitlistMail {

    private static final Locale LANGUAGE = Locale.ENGLISH;

    private final MessageSource messages;
    private final String baseUrl;

    WaitlistMail(MessageSource messages, @Value("${stillpoint.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    OutgoingMail offer(ClientAddressee to, WaitlistOffer offer, String sessionTypeName, String therapistName,
                       ZoneId zone, Duration hold) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", LANGUAGE);
        DateTimeFormatter until = DateTimeFormatter.ofPattern("HH:mm", LANGUAGE);
        String link = UriComponentsBuilder.fromUriString(baseUrl).path("/waitlist/offers/{id}")
                .buildAndExpand(offer.id().value()).toUriString();
        return new OutgoingMail(to.email(),
                messages.getMessage("waitlist.mail.offer.subject", null, LANGUAGE),
                messages.getMessage("waitlist.mail.offer.text", new Object[] {to.firstName(),
                        sessionTypeName, therapistName, when.format(offer.start().atZone(zone)),
                        hold.toMinutes(), until.format(offer.expiresAt().atZone(zone)), link}, LANGUAGE));
    }
}
