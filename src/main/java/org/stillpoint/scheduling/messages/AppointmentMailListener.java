package org.stillpoint.scheduling.messages;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.stillpoint.clients.ClientAddressee;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.ClinicProfile;
import org.stillpoint.notifications.Notifications;
import org.stillpoint.scheduling.AppointmentBooked;
import org.stillpoint.scheduling.AppointmentCancelled;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.AppointmentSeriesBooked;
import org.stillpoint.scheduling.domain.AppointmentRepository;
import org.stillpoint.scheduling.messages.AppointmentMail.Session;

/**
 * Writes to the client when an appointment is booked, moved or cancelled, and once for a booked series. The mail is
 * queued in the outbox just before the change commits, in its transaction (as the clients and intake modules queue
 * theirs): it goes out if and only if the change is kept, and a crash between the two cannot lose it.
 * <p>
 * An occurrence of a series gets no mail of its own (the series mail lists them all), and the cancellation of an
 * appointment that was moved gets none either: the booking mail of its replacement says it was moved.
 */
@Component
class AppointmentMailListener {

    private static final Logger log = LoggerFactory.getLogger(AppointmentMailListener.class);

    private final AppointmentMail mail;
    private final SessionNames names;
    private final Notifications notifications;
    private final Clients clients;
    private final Clinic clinic;
    private final AppointmentRepository appointments;

    AppointmentMailListener(AppointmentMail mail, SessionNames names, Notifications notifications, Clients clients,
                            Clinic clinic, AppointmentRepository appointments) {
        this.mail = mail;
        this.names = names;
        this.notifications = notifications;
        this.clients = clients;
        this.clinic = clinic;
        this.appointments = appointments;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AppointmentBooked booked) {
        if (booked.series() != null) {
            return;
        }
        addressee(booked.client()).ifPresent(client -> {
            Session session = names.session(booked.appointment(), booked.start(), booked.end(),
                    booked.sessionType(), booked.therapist());
            notifications.send(mail.booked(client, profile(), session, booked.replaces() != null));
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AppointmentSeriesBooked series) {
        if (series.appointments().isEmpty()) {
            return;
        }
        addressee(series.client()).ifPresent(client -> {
            List<Session> sessions = names.sessions(appointments.findAllById(series.appointments().stream()
                            .map(AppointmentId::value).toList()).stream()
                    .sorted(Comparator.comparing(a -> a.time().start()))
                    .toList());
            if (!sessions.isEmpty()) {
                notifications.send(mail.series(client, profile(), sessions));
            }
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AppointmentCancelled cancelled) {
        if (cancelled.replacedBy() != null) {
            return;
        }
        addressee(cancelled.client()).ifPresent(client -> {
            Session session = names.session(cancelled.appointment(), cancelled.start(), cancelled.end(),
                    cancelled.sessionType(), cancelled.therapist());
            notifications.send(mail.cancelled(client, profile(), session, cancelled.late()));
        });
    }

    private Optional<ClientAddressee> addressee(ClientId client) {
        Map<ClientId, ClientAddressee> found = clients.addressees(Set.of(client));
        if (!found.containsKey(client)) {
            log.warn("No client {} to write to about an appointment", client);
        }
        return Optional.ofNullable(found.get(client));
    }

    private ClinicProfile profile() {
        return clinic.profile();
    }
}
