package org.stillpoint.scheduling.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.NINA;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.ZONE;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.newClient;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.ClinicProfile;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.notifications.outbox.MailDelivery;
import org.stillpoint.notifications.outbox.TestMailServer;
import org.stillpoint.platform.AccountId;
import org.stillpoint.scheduling.AppointmentBooked;
import org.stillpoint.scheduling.AppointmentCancelled;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.AppointmentSeriesBooked;
import org.stillpoint.scheduling.SchedulingTest;
import org.stillpoint.scheduling.SeriesId;
import org.stillpoint.scheduling.TestDays;
import org.stillpoint.scheduling.domain.Appointment;
import org.stillpoint.scheduling.domain.AppointmentRepository;
import org.stillpoint.scheduling.domain.TimeSlot;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;
import org.stillpoint.support.TwoInstances;
import org.stillpoint.therapists.TherapistId;

/**
 * The mail a client gets about their appointments, delivered to GreenMail: the booking confirmation, a moved and a
 * cancelled appointment, a series, and the reminders, with calendar files parsed back by ical4j. The delivery and
 * reminder jobs are held back (an hour apart) so that each test runs them itself.
 */
@SchedulingTest
@TestPropertySource(properties = {"stillpoint.mail.poll-interval=1h", "stillpoint.scheduling.reminder-interval=1h"})
class AppointmentMessagesTests {

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
    Reminders reminders;

    @Autowired
    Clinic clinic;

    @Autowired
    AppointmentRepository appointments;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void aBookingSendsAConfirmationWhoseCalendarFileHoldsTheAppointmentInTheClinicsZone() throws Exception {
        String client = newClient(mvc);
        LocalDate day = TestDays.next();
        OffsetDateTime start = at(day, "10:00");
        String id = booked(mvc, Demo.basic(Demo.DESK), client, sessionType(mvc, MEDICAL_MASSAGE),
                therapist(mvc, THEO), start);

        MimeMessage mail = single(mailsTo(email(client)));
        ClinicProfile profile = clinic.profile();
        assertThat(mail.getSubject()).startsWith("Booked: " + MEDICAL_MASSAGE);
        assertThat(text(mail)).contains("Hello Robin,", THEO, "water",
                "scent-free", "stop anything at any time", profile.name())
                .doesNotContain("Hale", "moved");

        Attachment ics = calendarFile(mail);
        assertThat(ics.filename()).isEqualTo("appointment.ics");
        assertThat(ics.contentType()).startsWith("text/calendar").containsIgnoringCase("method=PUBLISH");
        Calendar calendar = parse(ics.content());
        assertThat(value(calendar.getProperty("METHOD"))).isEqualTo("PUBLISH");
        VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertThat(value(zone.getProperty("TZID"))).isEqualTo(ZONE.getId());
        List<VEvent> found = calendar.getComponents("VEVENT");
        assertThat(found).hasSize(1);
        VEvent event = found.get(0);
        assertThat(event.getDateTimeStart().getParameter("TZID").map(p -> p.getValue())).contains(ZONE.getId());
        assertThat(local(event.getDateTimeStart().getDate())).isEqualTo(LocalDateTime.of(day, start.toLocalTime()));
        assertThat(instant(event.getDateTimeStart().getDate())).isEqualTo(start.toInstant());
        assertThat(instant(event.getDateTimeEnd().getDate())).isEqualTo(start.plusMinutes(60).toInstant());
        assertThat(value(event.getProperty("UID"))).contains(id);
        assertThat(value(event.getProperty("SUMMARY"))).contains(MEDICAL_MASSAGE, profile.name());
        assertThat(value(event.getProperty("LOCATION"))).contains(profile.name());
        assertThat(value(event.getProperty("STATUS"))).isEqualTo("CONFIRMED");
    }

    @Test
    void aCancellationSendsACalendarFileThatCancelsTheSameEvent() throws Exception {
        String client = newClient(mvc);
        LocalDate day = TestDays.next();
        String id = booked(mvc, Demo.basic(Demo.DESK), client, sessionType(mvc, MEDICAL_MASSAGE),
                therapist(mvc, NINA), at(day, "14:00"));
        assertThat(mvc.post().uri("/api/v1/appointments/{id}/cancel", id).with(Demo.basic(Demo.DESK))
                .exchange()).hasStatusOk();

        List<MimeMessage> mails = mailsTo(email(client));
        assertThat(mails).extracting(MimeMessage::getSubject).hasSize(2)
                .anySatisfy(subject -> assertThat(subject).startsWith("Booked:"))
                .anySatisfy(subject -> assertThat(subject).startsWith("Cancelled: " + MEDICAL_MASSAGE));
        MimeMessage cancelled = mails.stream().filter(m -> subject(m).startsWith("Cancelled")).findFirst()
                .orElseThrow();
        assertThat(text(cancelled)).contains("Hello Robin,", NINA, "is cancelled");

        Calendar calendar = parse(calendarFile(cancelled).content());
        assertThat(value(calendar.getProperty("METHOD"))).isEqualTo("CANCEL");
        assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(value(event.getProperty("UID"))).contains(id);
        assertThat(value(event.getProperty("STATUS"))).isEqualTo("CANCELLED");
        assertThat(value(event.getProperty("SEQUENCE"))).isEqualTo("1");
        assertThat(value(event.getProperty("ATTENDEE"))).isEqualToIgnoringCase("mailto:" + email(client));
    }

    @Test
    void aMoveIsOneMailSayingMovedToAndTheReplacedAppointmentsCancellationSendsNone() throws Exception {
        String client = newClient(mvc);
        LocalDate day = TestDays.next();
        Instant oldStart = at(day, "09:00").toInstant();
        Instant newStart = at(day, "15:00").toInstant();
        AppointmentId old = AppointmentId.random();
        AppointmentId moved = AppointmentId.random();
        ClientId clientId = new ClientId(UUID.fromString(client));
        TherapistId theo = new TherapistId(UUID.fromString(therapist(mvc, THEO)));
        SessionTypeId massage = new SessionTypeId(UUID.fromString(sessionType(mvc, MEDICAL_MASSAGE)));
        RoomId room = new RoomId(UUID.randomUUID());

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new AppointmentCancelled(old, clientId, theo, room, massage, oldStart,
                    oldStart.plus(Duration.ofHours(1)), false, clock.instant(), AccountId.random(), moved));
            events.publishEvent(new AppointmentBooked(moved, clientId, theo, room, massage, SessionKind.TREATMENT,
                    newStart, newStart.plus(Duration.ofHours(1)), AccountId.random(), null, old));
        });

        MimeMessage mail = single(mailsTo(email(client)));
        assertThat(mail.getSubject()).startsWith("Moved:");
        assertThat(text(mail)).contains("has been moved to").contains("15:00");
        VEvent event = parse(calendarFile(mail).content()).<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(value(event.getProperty("UID"))).contains(moved.value().toString());
    }

    @Test
    void aSeriesIsOneMailWhoseCalendarFileHoldsEveryOccurrence() throws Exception {
        String client = newClient(mvc);
        ClientId clientId = new ClientId(UUID.fromString(client));
        TherapistId nina = new TherapistId(UUID.fromString(therapist(mvc, NINA)));
        SessionTypeId massage = new SessionTypeId(UUID.fromString(sessionType(mvc, MEDICAL_MASSAGE)));
        List<Map<String, Object>> rooms = Json.read(mvc.get().uri("/api/v1/rooms").exchange(), "$");
        RoomId room = new RoomId(UUID.fromString((String) rooms.get(0).get("id")));
        SeriesId series = SeriesId.random();
        AccountId desk = AccountId.random();
        List<Instant> starts = List.of(at(TestDays.next(), "16:00").toInstant(),
                at(TestDays.next(), "16:00").toInstant(), at(TestDays.next(), "16:00").toInstant());

        List<AppointmentId> ids = transactions.execute(status -> {
            List<AppointmentId> booked = new ArrayList<>();
            for (Instant start : starts) {
                Appointment appointment = Appointment.book(clientId, nina, room, massage,
                        TimeSlot.of(start, Duration.ofHours(1)), Duration.ZERO, desk, clock.instant());
                appointments.save(appointment);
                booked.add(appointment.id());
                events.publishEvent(new AppointmentBooked(appointment.id(), clientId, nina, room, massage,
                        SessionKind.TREATMENT, start, start.plus(Duration.ofHours(1)), desk, series, null));
            }
            events.publishEvent(new AppointmentSeriesBooked(series, clientId, nina, booked, desk));
            return booked;
        });

        MimeMessage mail = single(mailsTo(email(client)));
        assertThat(mail.getSubject()).isEqualTo("Booked: 3 sessions of " + MEDICAL_MASSAGE);
        assertThat(text(mail)).contains(NINA, "16:00", "adds them to your calendar");
        Calendar calendar = parse(calendarFile(mail).content());
        List<VEvent> found = calendar.getComponents("VEVENT");
        assertThat(found).extracting(event -> instant(event.getDateTimeStart().getDate()))
                .containsExactlyElementsOf(starts);
        assertThat(found).extracting(event -> value(event.getProperty("UID")))
                .allSatisfy(uid -> assertThat(ids.stream().anyMatch(id -> uid.contains(id.value().toString())))
                        .isTrue())
                .doesNotHaveDuplicates();
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
    }

    @Test
    void remindersGoOutFortyEightAndTwentyFourHoursAheadOnceEachAndNeverForACancelledOrLateBooking()
            throws Exception {
        String client = newClient(mvc);
        String cancelledClient = newClient(mvc);
        LocalDate day = TestDays.next();
        OffsetDateTime start = at(day, "10:00");
        String massage = sessionType(mvc, MEDICAL_MASSAGE);
        booked(mvc, Demo.basic(Demo.DESK), client, massage, therapist(mvc, THEO), start);
        String cancelled = booked(mvc, Demo.basic(Demo.DESK), cancelledClient, massage, therapist(mvc, NINA),
                start);
        assertThat(mvc.post().uri("/api/v1/appointments/{id}/cancel", cancelled).with(Demo.basic(Demo.DESK))
                .exchange()).hasStatusOk();

        moveClockTo(start.toInstant().minus(Duration.ofHours(49)));
        reminders.sendDueReminders();
        assertThat(reminderSubjects(client)).as("before the first is due").isEmpty();

        moveClockTo(start.toInstant().minus(Duration.ofHours(48)));
        TwoInstances.atOnce(reminders::sendDueReminders);
        reminders.sendDueReminders();
        assertThat(reminderSubjects(client)).as("two instances at once, then a third run").hasSize(1);

        moveClockTo(start.toInstant().minus(Duration.ofHours(24)).plus(Duration.ofMinutes(5)));
        reminders.sendDueReminders();
        reminders.sendDueReminders();
        assertThat(reminderSubjects(client)).hasSize(2);
        assertThat(reminderSubjects(cancelledClient)).isEmpty();

        List<MimeMessage> delivered = mailsTo(email(client)).stream()
                .filter(m -> subject(m).startsWith("Reminder:")).toList();
        assertThat(delivered).hasSize(2);
        assertThat(text(delivered.get(0))).contains("Hello Robin,", THEO, "water", "scent-free",
                "What to expect", "To cancel or move it", "count as late");
        assertThat(jdbc.sql("SELECT minutes_before FROM appointment_reminder r JOIN appointment a"
                        + " ON a.id = r.appointment_id WHERE a.client_id = ?").param(UUID.fromString(client))
                .query(Integer.class).list()).containsExactlyInAnyOrder(48 * 60, 24 * 60);

        // Booked three hours ahead: the confirmation says how to prepare, no reminder follows.
        String lateClient = newClient(mvc);
        LocalDate later = TestDays.next();
        moveClockTo(at(later, "08:00").toInstant());
        booked(mvc, Demo.basic(Demo.DESK), lateClient, massage, therapist(mvc, THEO), at(later, "11:00"));
        reminders.sendDueReminders();
        moveClockTo(at(later, "10:00").toInstant());
        reminders.sendDueReminders();
        assertThat(reminderSubjects(lateClient)).isEmpty();
    }

    // --- helpers ---

    private void moveClockTo(Instant time) {
        assertThat(time).as("the clock only moves forward").isAfterOrEqualTo(clock.instant());
        clock.advance(Duration.between(clock.instant(), time));
    }

    private List<String> reminderSubjects(String client) {
        return jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient = ? AND subject LIKE 'Reminder:%'")
                .param(email(client)).query(String.class).list();
    }

    private String email(String client) {
        return Json.read(mvc.get().uri("/api/v1/clients/{id}", client).with(Demo.basic(Demo.DESK))
                .accept(MediaType.APPLICATION_JSON).exchange(), "$.email");
    }

    /** Delivers everything queued and answers what this recipient received so far, oldest first. */
    private List<MimeMessage> mailsTo(String recipient) throws MessagingException {
        while (delivery.deliverDueMail() > 0) {
            // until the outbox is empty
        }
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(recipient))) {
                found.add(message);
            }
        }
        return found;
    }

    private static MimeMessage single(List<MimeMessage> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    record Attachment(String filename, String contentType, String content) {
    }

    private static String text(MimeMessage mail) throws MessagingException, IOException {
        Object content = mail.getContent();
        if (content instanceof String plain) {
            return plain.replace("\r\n", "\n");
        }
        Multipart parts = (Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            String found = textIn(parts.getBodyPart(i));
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no text part");
    }

    private static String textIn(BodyPart part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && part.getFileName() == null) {
            return ((String) part.getContent()).replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart inner) {
            for (int i = 0; i < inner.getCount(); i++) {
                String found = textIn(inner.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Attachment calendarFile(MimeMessage mail) throws MessagingException, IOException {
        assertThat(mail.getContent()).isInstanceOf(Multipart.class);
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    return new Attachment(part.getFileName(), part.getContentType(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        throw new AssertionError("no text/calendar attachment");
    }

    static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(java.util.Optional<? extends Property> property) {
        return property.map(Property::getValue).orElse(null);
    }

    static Instant instant(Temporal time) {
        return ZonedDateTime.from(time).toInstant();
    }

    static LocalDateTime local(Temporal time) {
        return ZonedDateTime.from(time).toLocalDateTime();
    }
}
