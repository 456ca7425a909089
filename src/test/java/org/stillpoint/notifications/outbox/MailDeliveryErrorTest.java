package org.stillpoint.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.Map;

import jakarta.mail.MessagingException;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

class MailDeliveryErrorTest {

    @Test
    void namesTheFailureOfTheMessageAndItsRootCauseOnOneLine() {
        MessagingException refused = new MessagingException("Couldn't connect to host,\n\tport: localhost, 1025",
                new ConnectException("Connection refused"));
        MailSendException failure = new MailSendException("Mail server connection failed", refused,
                Map.of(new Object(), refused));

        String error = MailDelivery.describe(failure);

        assertThat(error).isEqualTo("MessagingException: Couldn't connect to host, port: localhost, 1025; "
                + "caused by ConnectException: Connection refused");
    }

    @Test
    void namesTheCauseWhenNoMessageFailedOnItsOwn() {
        String error = MailDelivery.describe(new MailAuthenticationException(
                new jakarta.mail.AuthenticationFailedException("535 5.7.8 Authentication credentials invalid")));

        assertThat(error).isEqualTo("AuthenticationFailedException: 535 5.7.8 Authentication credentials invalid");
    }

    @Test
    void keepsALongErrorShort() {
        String error = MailDelivery.describe(new MailSendException("x".repeat(2_000)));

        assertThat(error).hasSize(300).endsWith("…");
    }
}
