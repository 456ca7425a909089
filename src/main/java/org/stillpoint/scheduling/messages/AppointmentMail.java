package org.stillpoint.scheduling.messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.stillpoint.clients.ClientAddressee;
import org.stillpoint.clinic.ClinicProfile;
import org.stillpoint.notifications.MailAttachment;
import org.stillpoint.notifications.OutgoingMail;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.calendar.CalendarEntry;
import org.stillpoint.scheduling.calendar.ICalendar;
import org.stillpoint.scheduling.calendar.ICalendar.Kind;

/**
 * The appointment mails to a client, worded in the message bundle: booked (or moved), a booked series, cancelled,
 * and the reminders with how to prepare. Each but the reminder carries an {@code .ics} whose events have the
 * appointments' own UIDs, so that a calendar program updates the same event when it is cancelled. Times are the
 * clinic's; links start from the configured public address ({@code stillpoint.base-url}).
 */
@Component
class AppointmentMail {

    /** The clinic writes in the bundle's language (English); dates are formatted to match. */
    private static final Locale LANGUAGE = Locale.ENGLISH;

    private final MessageSource messages;
    private final String baseUrl;
    private final String from;
    private final Clock clock;

    AppointmentMail(MessageSource messages, @Value("${stillpoint.base-url:http://localhost:8080}") String baseUrl,
                    @Value("${stillpoint.mail.from:Stillpoint <no-reply@stillpoint.invalid>}") String from,
                    Clock clock) {
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.from = from;
        this.clock = clock;
    }

    /** One appointment with the names the mail uses. */
    record Session(AppointmentId id, Instant start, Instant end, String sessionType, String therapist) {
    }

    OutgoingMail booked(ClientAddressee client, ClinicProfile clinic, Session session, boolean moved) {
        String when = when(session.start(), clinic.zone());
        String subject = text(moved ? "scheduling.mail.moved.subject" : "scheduling.mail.booked.subject",
                session.sessionType(), when);
        String body = join(
                text("scheduling.mail.greeting", client.firstName()),
                text(moved ? "scheduling.mail.moved.text" : "scheduling.mail.booked.text", session.sessionType(),
                        session.therapist(), when),
                place(clinic),
                text("scheduling.mail.calendar-file", 1),
                text("scheduling.mail.prepare"),
                howToCancel(clinic),
                text("scheduling.mail.signoff", clinic.name()));
        return new OutgoingMail(client.email(), subject, body,
                List.of(calendar(Kind.PUBLISH, client, clinic, List.of(session))));
    }

    OutgoingMail series(ClientAddressee client, ClinicProfile clinic, List<Session> sessions) {
        Session first = sessions.get(0);
        List<String> lines = new ArrayList<>();
        for (Session session : sessions) {
            lines.add(text("scheduling.mail.series.line", when(session.start(), clinic.zone())));
        }
        String body = join(
                text("scheduling.mail.greeting", client.firstName()),
                text("scheduling.mail.series.text", sessions.size(), first.sessionType(), first.therapist())
                        + "\n" + String.join("\n", lines),
                place(clinic),
                text("scheduling.mail.calendar-file", sessions.size()),
                text("scheduling.mail.prepare"),
                howToCancel(clinic),
                text("scheduling.mail.signoff", clinic.name()));
        return new OutgoingMail(client.email(),
                text("scheduling.mail.series.subject", sessions.size(), first.sessionType()), body,
                List.of(calendar(Kind.PUBLISH, client, clinic, sessions)));
    }

    OutgoingMail cancelled(ClientAddressee client, ClinicProfile clinic, Session session, boolean late) {
        String when = when(session.start(), clinic.zone());
        String body = join(
                text("scheduling.mail.greeting", client.firstName()),
                text("scheduling.mail.cancelled.text", session.sessionType(), session.therapist(), when)
                        + (late ? "\n" + text("scheduling.mail.cancelled.late",
                        clinic.cancellationWindow().toHours()) : ""),
                text("scheduling.mail.cancelled.calendar-file"),
                text("scheduling.mail.cancelled.rebook", baseUrl),
                text("scheduling.mail.signoff", clinic.name()));
        return new OutgoingMail(client.email(), text("scheduling.mail.cancelled.subject", session.sessionType(), when),
                body, List.of(calendar(Kind.CANCEL, client, clinic, List.of(session))));
    }

    OutgoingMail reminder(ClientAddressee client, ClinicProfile clinic, Session session, Duration before) {
        String when = when(session.start(), clinic.zone());
        String body = join(
                text("scheduling.mail.greeting", client.firstName()),
                text("scheduling.mail.reminder.text", session.sessionType(), session.therapist(), when,
                        before.toHours()),
                place(clinic),
                text("scheduling.mail.prepare"),
                howToCancel(clinic),
                text("scheduling.mail.signoff", clinic.name()));
        return new OutgoingMail(client.email(), text("scheduling.mail.reminder.subject", session.sessionType(), when),
                body);
    }

    /** The event's title in the client's calendar: what and where. */
    private String summary(String sessionType, ClinicProfile clinic) {
        return text("scheduling.calendar.summary.mail", sessionType, clinic.name());
    }

    private MailAttachment calendar(Kind kind, ClientAddressee client, ClinicProfile clinic, List<Session> sessions) {
        List<CalendarEntry> entries = sessions.stream().map(session -> new CalendarEntry(session.id(),
                session.start(), session.end(), summary(session.sessionType(), clinic), ICalendar.location(clinic),
                text("scheduling.calendar.description.mail", session.therapist()), kind == Kind.CANCEL)).toList();
        String ics = ICalendar.mail(kind, clinic.zone(), entries,
                new ICalendar.Parties(clinic.name(), senderAddress(), client.email()), clock.instant());
        return new MailAttachment(kind == Kind.CANCEL ? "cancelled.ics" : "appointment.ics",
                ICalendar.mailContentType(kind), ics);
    }

    private String place(ClinicProfile clinic) {
        return text("scheduling.mail.place", ICalendar.location(clinic));
    }

    private String howToCancel(ClinicProfile clinic) {
        long hours = clinic.cancellationWindow().toHours();
        return clinic.phone() == null || clinic.phone().isBlank()
                ? text("scheduling.mail.cancel-how", baseUrl, hours)
                : text("scheduling.mail.cancel-how.phone", baseUrl, clinic.phone(), hours);
    }

    private String when(Instant time, ZoneId zone) {
        return DateTimeFormatter.ofPattern(messages.getMessage("scheduling.mail.date-pattern", null, LANGUAGE),
                LANGUAGE).format(time.atZone(zone));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LANGUAGE);
    }

    private static String join(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** The bare address of the configured sender, for the ORGANIZER of the calendar file. */
    private String senderAddress() {
        try {
            return new InternetAddress(from).getAddress();
        } catch (AddressException e) {
            return "no-reply@stillpoint.invalid";
        }
    }
}
