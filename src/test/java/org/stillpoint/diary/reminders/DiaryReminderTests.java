package org.stillpoint.diary.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.stillpoint.notifications.outbox.MailDelivery;
import org.stillpoint.notifications.outbox.TestMailServer;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.TwoInstances;
import org.stillpoint.support.MovableTime;
import org.stillpoint.support.StaffAccounts;

/**
 * The diary's evening reminder, delivered to GreenMail with a clock the tests move: sent once a day after the
 * client's time in their own zone, never before it, never twice (not even by two instances at once), never for a day
 * already recorded, nor when it is off or the address unconfirmed. The delivery and reminder jobs are held back (an
 * hour apart) so that each test runs them itself; each test takes days of its own, later than the last test's.
 */
@DemoClinicTest
@Import(MovableTime.class)
@TestPropertySource(properties = {"stillpoint.mail.poll-interval=1h", "stillpoint.diary.reminder-interval=1h"})
class DiaryReminderTests {

    static final String PASSWORD = "an early night and water";
    static final String SUBJECT = "Your headache diary for today";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Pattern TOKEN = Pattern.compile("/verify-email\\?token=([A-Za-z0-9_-]+)");

    private static final TestMailServer smtp = TestMailServer.onFreePort();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        smtp.register(registry);
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DiaryReminders reminders;

    @Autowired
    MailDelivery delivery;

    @Autowired
    AdjustableClock clock;

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

    record Client(String id, String email) {
    }

    /** Someone signs up and, unless told otherwise, confirms their address. */
    Client client(String who, boolean confirmed) {
        String email = StaffAccounts.uniqueEmail(who);
        assertThat(mvc.post().uri("/api/v1/signup").contentType(MediaType.APPLICATION_JSON).content("""
                {"firstName":"Dana","lastName":"Diary","email":"%s","dateOfBirth":"1985-04-03","password":"%s",
                 "acceptedConsents":{"TREATMENT":1,"PRIVACY":1}}""".formatted(email, PASSWORD))).hasStatus(202);
        if (confirmed) {
            Matcher token = TOKEN.matcher(jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ?").param(email)
                    .query(String.class).single());
            assertThat(token.find()).isTrue();
            assertThat(mvc.post().uri("/api/v1/verify-email").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"token\":\"" + token.group(1) + "\"}")).hasStatus(204);
        }
        String id = Json.read(mvc.get().uri("/api/v1/me").with(httpBasic(email, PASSWORD)).exchange(), "$.clientId");
        return new Client(id, email);
    }

    void settings(Client client, boolean reminder, String at) {
        assertThat(mvc.put().uri("/api/v1/clients/{id}/diary/settings", client.id())
                .with(httpBasic(client.email(), PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"zone":"Europe/Berlin","reminder":%s,"reminderAt":"%s","tracksMenstruation":false}"""
                        .formatted(reminder, at)).exchange()).hasStatusOk();
    }

    /** A day of its own for a test: the day after the clock's day in Berlin. */
    LocalDate nextDay() {
        return LocalDate.ofInstant(clock.instant(), BERLIN).plusDays(1);
    }

    void moveClockTo(LocalDate day, String time) {
        Instant to = day.atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
        assertThat(to).as("the clock only moves forward").isAfterOrEqualTo(clock.instant());
        clock.advance(Duration.between(clock.instant(), to));
    }

    long queued(Client client) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject = ?")
                .params(client.email(), SUBJECT).query(Long.class).single();
    }

    @Test
    void theReminderGoesOutOnceADayAfterTheClientsTimeInTheirZone() throws Exception {
        Client client = client("evening", true);
        settings(client, true, "20:30");
        LocalDate day = nextDay();

        moveClockTo(day, "20:29");
        reminders.sendDueReminders();
        assertThat(queued(client)).as("a minute before the time").isZero();

        moveClockTo(day, "20:31");
        assertThat(TwoInstances.atOnce(reminders::sendDueReminders)).as("the mails each run queued")
                .containsExactlyInAnyOrder(0, 1);
        reminders.sendDueReminders();
        assertThat(queued(client)).as("two instances at once, then a third run").isEqualTo(1);
        assertThat(jdbc.sql("SELECT last_reminder_on FROM diary_settings WHERE client_id = CAST(? AS UUID)")
                .param(client.id()).query(LocalDate.class).single()).isEqualTo(day);

        moveClockTo(day, "23:55");
        reminders.sendDueReminders();
        assertThat(queued(client)).as("later the same evening").isEqualTo(1);

        List<MimeMessage> delivered = mailsTo(client.email());
        assertThat(delivered).hasSize(1);
        String text = (String) delivered.get(0).getContent();
        assertThat(text).contains("Hello Dana,", day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.ENGLISH), "http://localhost:8080/me/diary", "never counted as headache-free",
                "diary settings: http://localhost:8080/me/diary/settings");
        assertThat(text.toLowerCase()).doesNotContain("treat", "cure", "prevent", "massage");

        moveClockTo(day.plusDays(1), "20:30");
        reminders.sendDueReminders();
        assertThat(queued(client)).as("the next day at the time").isEqualTo(2);
    }

    @Test
    void aDayAlreadyRecordedIsNotReminded() {
        Client checkedIn = client("checkedin", true);
        Client attack = client("attack", true);
        Client nothing = client("nothing", true);
        for (Client client : List.of(checkedIn, attack, nothing)) {
            settings(client, true, "19:00");
        }
        LocalDate day = nextDay();

        moveClockTo(day, "12:00");
        assertThat(mvc.put().uri("/api/v1/clients/{id}/diary/days/{date}", checkedIn.id(), day)
                .with(httpBasic(checkedIn.email(), PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"HEADACHE_FREE\"}").exchange()).hasStatusOk();
        ZonedDateTime lateLastNight = day.minusDays(1).atTime(22, 0).atZone(BERLIN);
        assertThat(mvc.post().uri("/api/v1/clients/{id}/diary/attacks", attack.id())
                .with(httpBasic(attack.email(), PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"start":"%s","end":"%s","peakPain":5}""".formatted(lateLastNight.toOffsetDateTime(),
                        lateLastNight.plusHours(4).toOffsetDateTime())).exchange())
                .as("an attack from last night into this morning").hasStatus(201);

        moveClockTo(day, "19:05");
        reminders.sendDueReminders();

        assertThat(queued(checkedIn)).isZero();
        assertThat(queued(attack)).isZero();
        assertThat(queued(nothing)).as("the same evening, nothing recorded").isEqualTo(1);
    }

    @Test
    void noReminderWhenItIsOffOrTheAddressIsNotConfirmed() {
        Client off = client("off", true);
        settings(off, false, "18:00");
        Client unconfirmed = client("unconfirmed", false);
        settings(unconfirmed, true, "18:00");
        Client never = client("neverset", true);
        LocalDate day = nextDay();

        moveClockTo(day, "23:00");
        reminders.sendDueReminders();

        assertThat(queued(off)).isZero();
        assertThat(queued(unconfirmed)).isZero();
        assertThat(queued(never)).as("no settings: the reminder is off until chosen").isZero();
    }

    // --- helpers ---

    /** Delivers everything queued and answers the diary reminders this recipient received so far, oldest first. */
    private List<MimeMessage> mailsTo(String recipient) throws MessagingException {
        while (delivery.deliverDueMail() > 0) {
            // until the outbox is empty
        }
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (SUBJECT.equals(message.getSubject()) && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(recipient))) {
                found.add(message);
            }
        }
        return found;
    }
}
