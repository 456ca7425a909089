package org.stillpoint.clients;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.stillpoint.clients.domain.EmailVerificationTokens;
import org.stillpoint.notifications.OutgoingMail;

/**
 * The clients module's e-mails, worded in the message bundle. Links start from the configured public address
 * ({@code stillpoint.base-url}), never from the request's Host header, which a caller could forge.
 */
@Component
class ClientMail {

    private final MessageSource messages;
    private final String baseUrl;

    ClientMail(MessageSource messages, @Value("${stillpoint.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    OutgoingMail verification(String to, String firstName, String token) {
        String link = UriComponentsBuilder.fromUriString(baseUrl).path("/verify-email").queryParam("token", token)
                .build().toUriString();
        return mail(to, "clients.mail.verify.subject", "clients.mail.verify.text", firstName, link,
                EmailVerificationTokens.VALIDITY.toHours());
    }

    OutgoingMail alreadyRegistered(String to) {
        String signIn = UriComponentsBuilder.fromUriString(baseUrl).path("/login").build().toUriString();
        return mail(to, "clients.mail.already-registered.subject", "clients.mail.already-registered.text", signIn);
    }

    private OutgoingMail mail(String to, String subjectKey, String textKey, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return new OutgoingMail(to, messages.getMessage(subjectKey, null, locale),
                messages.getMessage(textKey, args, locale));
    }
}
