package org.stillpoint.scheduling.messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.stillpoint.clients.ClientAddressee;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.ClinicProfile;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.notifications.Notifications;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.therapists.TherapistId;

/**
 * Sends the reminders that are due ({@link ReminderSettings}) to clients with a booked appointment. Each reminder
 * is first recorded in {@code appointment_reminder}, whose key is the appointment and the reminder, and its mail is
 * queued in the same transaction: several instances may run this at once, and each reminder goes out once.
 */
@Component
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    /** The most reminders of one kind one run sends; the rest follow in the next run. */
    private static final int BATCH = 200;

    private final ReminderSettings settings;
    private final AppointmentMail mail;
    private final SessionNames names;
    private final Notifications notifications;
    private final Clients clients;
    private final Clinic clinic;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reminders(ReminderSettings settings, AppointmentMail mail, SessionNames names, Notifications notifications,
              Clients clients, Clinic clinic, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.settings = settings;
        this.mail = mail;
        this.names = names;
        this.notifications = notifications;
        this.clients = clients;
        this.clinic = clinic;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Queues every reminder that is due now and answers how many. A reminder {@code d} before the start is due from
     * then until the next shorter reminder is due (the last one until the start), for an appointment that is booked
     * and was booked before the reminder was due; a reminder that was missed for longer (the job was not running)
     * is skipped rather than sent late.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int sendDueReminders() {
        Instant now = clock.instant();
        List<Duration> offsets = settings.reminders();
        int sent = 0;
        for (int i = 0; i < offsets.size(); i++) {
            Duration before = offsets.get(i);
            Duration next = i + 1 < offsets.size() ? offsets.get(i + 1) : Duration.ZERO;
            for (Due due : due(before, now.plus(next), now.plus(before))) {
                if (!due.bookedAt().isBefore(due.start().minus(before))) {
                    continue;
                }
                try {
                    if (Boolean.TRUE.equals(transactions.execute(status -> remind(due, before, now)))) {
                        sent++;
                    }
                } catch (DuplicateKeyException sentByAnotherInstance) {
                    // another instance recorded this reminder first; it sends it
                } catch (RuntimeException e) {
                    log.warn("Reminder for appointment {} not queued; the next run tries again", due.id(), e);
                }
            }
        }
        return sent;
    }

    /** Booked appointments starting after {@code after} and at the latest {@code until} without this reminder. */
    private List<Due> due(Duration before, Instant after, Instant until) {
        return jdbc.sql("""
                SELECT id, client_id, therapist_id, session_type_id, start_at, end_at, booked_at FROM appointment a
                 WHERE a.status = 'BOOKED' AND a.start_at > :after AND a.start_at <= :until
                   AND NOT EXISTS (SELECT 1 FROM appointment_reminder r
                                    WHERE r.appointment_id = a.id AND r.minutes_before = :minutes)
                 ORDER BY a.start_at
                 LIMIT :limit""")
                .param("after", utc(after))
                .param("until", utc(until))
                .param("minutes", before.toMinutes())
                .param("limit", BATCH)
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                        rs.getObject("therapist_id", UUID.class), rs.getObject("session_type_id", UUID.class),
                        rs.getObject("start_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("end_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("booked_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Records the reminder, if the appointment is still booked, and queues its mail; false when there is nothing to
     * send. A second instance's record of the same reminder fails on the key (and waits for this one to commit).
     */
    private boolean remind(Due due, Duration before, Instant now) {
        int recorded = jdbc.sql("""
                INSERT INTO appointment_reminder (appointment_id, minutes_before, queued_at)
                SELECT id, :minutes, :now FROM appointment WHERE id = :id AND status = 'BOOKED'""")
                .param("minutes", before.toMinutes())
                .param("now", utc(now))
                .param("id", due.id())
                .update();
        if (recorded == 0) {
            return false;
        }
        ClientId clientId = new ClientId(due.client());
        Map<ClientId, ClientAddressee> found = clients.addressees(List.of(clientId));
        ClientAddressee client = found.get(clientId);
        if (client == null) {
            return false;
        }
        ClinicProfile profile = clinic.profile();
        notifications.send(mail.reminder(client, profile, names.session(new AppointmentId(due.id()), due.start(),
                due.end(), new SessionTypeId(due.sessionType()), new TherapistId(due.therapist())), before));
        return true;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Due(UUID id, UUID client, UUID therapist, UUID sessionType, Instant start, Instant end,
                       Instant bookedAt) {
    }
}
