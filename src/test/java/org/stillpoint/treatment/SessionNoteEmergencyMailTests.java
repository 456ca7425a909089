package org.stillpoint.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.treatment.NoteFixtures.NOTES;
import static org.stillpoint.treatment.NoteFixtures.futureWithTheo;
import static org.stillpoint.treatment.NoteFixtures.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.stillpoint.notifications.outbox.MailDelivery;
import org.stillpoint.notifications.outbox.TestMailServer;
import org.stillpoint.scheduling.SchedulingTest;
import org.stillpoint.scheduling.TestDays;
import org.stillpoint.support.Demo;

/**
 * The emergency of clinical-reference §6.2 recorded in a note reaches the owner and the front desk by e-mail,
 * delivered to GreenMail. The delivery job is held back (an hour apart) so that the test runs it itself.
 */
@SchedulingTest
@TestPropertySource(properties = "stillpoint.mail.poll-interval=1h")
class SessionNoteEmergencyMailTests {

    private static final TestMailServer smtp = TestMailServer.onFreePort();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        smtp.register(registry);
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MailDelivery delivery;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startMailServer() {
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Test
    void suddenNeckPainWithASpeechChangeMailsEveryActiveOwnerAndFrontDeskAccountNamingNoClient() throws Exception {
        LocalDate day = TestDays.next();
        String id = futureWithTheo(mvc, day);
        List<String> staff = jdbc.sql("""
                SELECT email FROM account WHERE active = TRUE AND role IN ('OWNER', 'FRONT_DESK')""")
                .query(String.class).list();

        assertThat(post(mvc, NOTES, id, Demo.THERAPIST, """
                {"painBefore":4,"adverseEvents":["SUDDEN_NECK_PAIN","SPEECH_CHANGE"],
                 "adverseNote":"Robin said her words came out wrong."}""")).hasStatusOk();

        List<MimeMessage> mails = delivered("/desk/day?date=" + day);
        assertThat(staff).contains(Demo.OWNER, Demo.DESK);
        assertThat(mails).flatExtracting(m -> Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                .map(a -> a.toString().toLowerCase()).toList()).containsExactlyInAnyOrderElementsOf(staff);
        assertThat(mails).extracting(MimeMessage::getSubject).containsOnly("Emergency recorded in a session");
        assertThat(mails).extracting(GreenMailUtil::getBody)
                .allSatisfy(body -> assertThat(body).contains("emergency services").doesNotContain("Robin", "Hale"));
    }

    private List<MimeMessage> delivered(String link) throws MessagingException {
        while (delivery.deliverDueMail() > 0) {
            // until the outbox is empty
        }
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=").contains(link)) {
                found.add(message);
            }
        }
        return found;
    }
}
