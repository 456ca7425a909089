package org.stillpoint.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.stillpoint.notifications.Notifications;
import org.stillpoint.notifications.OutgoingMail;
import org.stillpoint.support.EmptyDatabaseTest;

/** The background job, left to run on its own with a short interval. */
@EmptyDatabaseTest
@TestPropertySource(properties = "stillpoint.mail.poll-interval=200ms")
class MailDeliveryScheduleTests {

    private static final TestMailServer smtp = TestMailServer.onFreePort();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        smtp.register(registry);
    }

    @BeforeAll
    static void startMailServer() {
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void queuedMailGoesOutWithoutAnyoneAskingForIt() throws Exception {
        transactions.executeWithoutResult(status -> notifications.send(
                new OutgoingMail("desk@clinic.example", "A new client signed up", "Ada Lovelace signed up.")));

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("A new client signed up");
    }
}
