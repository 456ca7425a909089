package org.stillpoint.diary.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.stillpoint.diary.domain.DiaryStore;
import org.stillpoint.notifications.Notifications;

/**
 * The evening reminder of the diary ({@link org.stillpoint.diary.DiarySettings#reminder()}): one calm e-mail on a day
 * of the client's own calendar that has neither a check-in nor an attack by the time they chose, to clients whose
 * address is confirmed. Each reminder is first recorded in {@code diary_settings.last_reminder_on} by an update that
 * only one transaction can make for the day, and its mail is queued in that same transaction: several instances may
 * run this at once, and a day is reminded once. The update takes the row lock that every write to the diary takes,
 * so a day recorded meanwhile is seen.
 */
@Component
public class DiaryReminders {

    private static final Logger log = LoggerFactory.getLogger(DiaryReminders.class);

    private final DiaryStore store;
    private final DiaryReminderMail mail;
    private final Notifications notifications;
    private final Clients clients;
    private final Clinic clinic;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DiaryReminders(DiaryStore store, DiaryReminderMail mail, Notifications notifications, Clients clients,
                   Clinic clinic, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.mail = mail;
        this.notifications = notifications;
        this.clients = clients;
        this.clinic = clinic;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Queues every reminder due now and answers how many. A day's reminder is due from the chosen time until the day
     * ends in the client's zone; a day missed entirely (the job was not running) is not reminded late.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int sendDueReminders() {
        Instant now = clock.instant();
        int sent = 0;
        for (Candidate candidate : candidates(now)) {
            LocalDate today = LocalDate.ofInstant(now, candidate.zone());
            if (candidate.lastRemindedOn() != null && !candidate.lastRemindedOn().isBefore(today)
                    || now.isBefore(today.atTime(candidate.at()).atZone(candidate.zone()).toInstant())) {
                continue;
            }
            ClientId client = new ClientId(candidate.client());
            try {
                if (clients.isEmailVerified(client)
                        && Boolean.TRUE.equals(transactions.execute(status -> remind(candidate, today, now)))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("Diary reminder for client {} not queued; the next run tries again", client, e);
            }
        }
        return sent;
    }

    /** Clients with the reminder on who may not have had today's yet (whatever their zone's today is). */
    private List<Candidate> candidates(Instant now) {
        LocalDate latestToday = LocalDate.ofInstant(now, ZoneOffset.MAX);
        return jdbc.sql("""
                        SELECT client_id, zone_id, reminder_time, last_reminder_on FROM diary_settings
                         WHERE reminder_enabled AND (last_reminder_on IS NULL OR last_reminder_on < ?)""")
                .param(latestToday)
                .query((rs, n) -> new Candidate(rs.getObject("client_id", UUID.class),
                        ZoneId.of(rs.getString("zone_id")), LocalTime.parse(rs.getString("reminder_time")),
                        rs.getObject("last_reminder_on", LocalDate.class)))
                .list();
    }

    /**
     * Records the day's reminder if the settings are still those read and no other run recorded it, then queues the
     * mail unless the day is recorded; false when nothing is sent.
     */
    private boolean remind(Candidate candidate, LocalDate today, Instant now) {
        int claimed = jdbc.sql("""
                        UPDATE diary_settings SET last_reminder_on = ?
                         WHERE client_id = ? AND reminder_enabled AND zone_id = ? AND reminder_time = ?
                           AND (last_reminder_on IS NULL OR last_reminder_on < ?)""")
                .params(today, candidate.client(), candidate.zone().getId(), candidate.at().toString(), today)
                .update();
        if (claimed == 0) {
            return false;
        }
        ClientId client = new ClientId(candidate.client());
        if (recorded(client, today, candidate.zone())) {
            return false;
        }
        ClientAddressee addressee = clients.addressees(List.of(client)).get(client);
        if (addressee == null) {
            return false;
        }
        notifications.send(mail.reminder(addressee, today, clinic.profile()));
        return true;
    }

    /** Whether the day has a check-in, or an attack that touches it. */
    private boolean recorded(ClientId client, LocalDate day, ZoneId zone) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return !store.days(client, day, day).isEmpty() || !store.attacks(client, from, to).isEmpty();
    }

    private record Candidate(UUID client, ZoneId zone, LocalTime at, LocalDate lastRemindedOn) {
    }
}
