package org.stillpoint.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.AppointmentStatus;
import org.stillpoint.scheduling.AppointmentView;
import org.stillpoint.scheduling.SeriesId;
import org.stillpoint.therapists.TherapistId;

/**
 * A booked session of one client with one therapist in one room. The therapist and the room are busy from the
 * start until {@code blockedUntil}: the end plus the clinic's buffer at the time of booking. The database refuses
 * two appointments that are not cancelled whose busy ranges overlap for one therapist or one room.
 */
@Table("appointment")
public class Appointment {

    /**
     * The longest busy range an appointment can have (a 240-minute session and a 60-minute buffer, with room to
     * spare). The table's check constraint holds it, so a query for the appointments around a time can bound the
     * start from below and use the index on it.
     */
    public static final Duration LONGEST = Duration.ofHours(6);

    /** The cancellation reason of an appointment that was moved to another time. */
    public static final String RESCHEDULED = "rescheduled";

    @Id
    private final UUID id;
    private final UUID clientId;
    private final UUID therapistId;
    private final UUID roomId;
    private final UUID sessionTypeId;
    private final Instant startAt;
    private final Instant endAt;
    private final Instant blockedUntil;
    private AppointmentStatus status;
    private final Instant bookedAt;
    private final UUID bookedBy;
    private Instant cancelledAt;
    private UUID cancelledBy;
    private boolean lateCancellation;
    private String cancellationReason;
    private Instant outcomeRecordedAt;
    private UUID outcomeRecordedBy;
    private final UUID seriesId;
    private final UUID replacesId;
    @Version
    private Long version;

    @PersistenceCreator
    Appointment(UUID id, UUID clientId, UUID therapistId, UUID roomId, UUID sessionTypeId, Instant startAt,
                Instant endAt, Instant blockedUntil, AppointmentStatus status, Instant bookedAt, UUID bookedBy,
                Instant cancelledAt, UUID cancelledBy, boolean lateCancellation, String cancellationReason,
                Instant outcomeRecordedAt, UUID outcomeRecordedBy, UUID seriesId, UUID replacesId, Long version) {
        this.id = id;
        this.clientId = clientId;
        this.therapistId = therapistId;
        this.roomId = roomId;
        this.sessionTypeId = sessionTypeId;
        this.startAt = startAt;
        this.endAt = endAt;
        this.blockedUntil = blockedUntil;
        this.status = status;
        this.bookedAt = bookedAt;
        this.bookedBy = bookedBy;
        this.cancelledAt = cancelledAt;
        this.cancelledBy = cancelledBy;
        this.lateCancellation = lateCancellation;
        this.cancellationReason = cancellationReason;
        this.outcomeRecordedAt = outcomeRecordedAt;
        this.outcomeRecordedBy = outcomeRecordedBy;
        this.seriesId = seriesId;
        this.replacesId = replacesId;
        this.version = version;
    }

    public static Appointment book(ClientId client, TherapistId therapist, RoomId room, SessionTypeId type,
                                   TimeSlot time, Duration buffer, AccountId bookedBy, Instant now) {
        return book(client, therapist, room, type, time, buffer, bookedBy, now, null, null);
    }

    /** A booking that is one occurrence of {@code series} and/or replaces {@code replaces}; either may be null. */
    public static Appointment book(ClientId client, TherapistId therapist, RoomId room, SessionTypeId type,
                                   TimeSlot time, Duration buffer, AccountId bookedBy, Instant now, SeriesId series,
                                   AppointmentId replaces) {
        if (buffer.isNegative() || time.length().plus(buffer).compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("an appointment with its buffer lasts at most " + LONGEST);
        }
        return new Appointment(UUID.randomUUID(), client.value(), therapist.value(), room.value(), type.value(),
                time.start(), time.end(), time.end().plus(buffer), AppointmentStatus.BOOKED, now, bookedBy.value(),
                null, null, false, null, null, null, series == null ? null : series.value(),
                replaces == null ? null : replaces.value(), null);
    }

    /** Cancels a booked appointment that has not started; late when inside the cancellation window. */
    public void cancel(AccountId by, String reason, Duration cancellationWindow, Instant now) {
        requireBooked();
        if (!now.isBefore(startAt)) {
            throw new RuleViolation("appointment-started", "appointment.cancel.started");
        }
        status = AppointmentStatus.CANCELLED;
        cancelledAt = now;
        cancelledBy = by.value();
        lateCancellation = CancellationPolicy.isLate(startAt, now, cancellationWindow);
        cancellationReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /**
     * Cancels a booked appointment that has not started because it was moved to another time; the move counts as a
     * late cancellation inside the window only when {@code lateCounts} (clients moving their own; staff moving one
     * for the clinic's reasons do not make it late).
     */
    public void cancelForReschedule(AccountId by, boolean lateCounts, Duration cancellationWindow, Instant now) {
        cancel(by, RESCHEDULED, cancellationWindow, now);
        lateCancellation = lateCounts && lateCancellation;
    }

    /** The client came: recorded once the appointment has started. */
    public void markAttended(AccountId by, Instant now) {
        recordOutcome(AppointmentStatus.COMPLETED, by, now);
    }

    /** The client did not come: recorded once the appointment has started. */
    public void markMissed(AccountId by, Instant now) {
        recordOutcome(AppointmentStatus.MISSED, by, now);
    }

    private void recordOutcome(AppointmentStatus outcome, AccountId by, Instant now) {
        requireBooked();
        if (now.isBefore(startAt)) {
            throw new RuleViolation("appointment-not-started", "appointment.outcome.not-started");
        }
        status = outcome;
        outcomeRecordedAt = now;
        outcomeRecordedBy = by.value();
    }

    private void requireBooked() {
        if (status != AppointmentStatus.BOOKED) {
            throw new Conflict("appointment-not-open", "appointment.not-open", status.name());
        }
    }

    public AppointmentId id() {
        return new AppointmentId(id);
    }

    public ClientId clientId() {
        return new ClientId(clientId);
    }

    public TherapistId therapistId() {
        return new TherapistId(therapistId);
    }

    public RoomId roomId() {
        return new RoomId(roomId);
    }

    public SessionTypeId sessionTypeId() {
        return new SessionTypeId(sessionTypeId);
    }

    public TimeSlot time() {
        return new TimeSlot(startAt, endAt);
    }

    public AppointmentStatus status() {
        return status;
    }

    public boolean lateCancellation() {
        return lateCancellation;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public SeriesId seriesId() {
        return seriesId == null ? null : new SeriesId(seriesId);
    }

    public AppointmentId replacesId() {
        return replacesId == null ? null : new AppointmentId(replacesId);
    }

    public AppointmentView view(ZoneId zone) {
        return new AppointmentView(id(), clientId(), therapistId(), roomId(), sessionTypeId(),
                startAt.atZone(zone).toOffsetDateTime(), endAt.atZone(zone).toOffsetDateTime(), status,
                lateCancellation, bookedAt.atZone(zone).toOffsetDateTime(),
                cancelledAt == null ? null : cancelledAt.atZone(zone).toOffsetDateTime(), seriesId());
    }
}
