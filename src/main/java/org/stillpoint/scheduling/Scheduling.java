package org.stillpoint.scheduling;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.ClientPreferences;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.ClinicProfile;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.RoomView;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.FieldProblems;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Role;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.scheduling.SlotTaken.Obstacle;
import org.stillpoint.scheduling.domain.Appointment;
import org.stillpoint.scheduling.domain.AppointmentRepository;
import org.stillpoint.scheduling.domain.AppointmentSeries;
import org.stillpoint.scheduling.domain.AvailabilityCalculator;
import org.stillpoint.scheduling.domain.AvailabilityCalculator.FreeSlot;
import org.stillpoint.scheduling.domain.AvailabilityCalculator.RoomCalendar;
import org.stillpoint.scheduling.domain.AvailabilityCalculator.TherapistCalendar;
import org.stillpoint.scheduling.domain.BookingLocks;
import org.stillpoint.scheduling.domain.BookingRules;
import org.stillpoint.scheduling.domain.ClinicTime;
import org.stillpoint.scheduling.domain.IdempotencyKeys;
import org.stillpoint.scheduling.domain.RoomChoice;
import org.stillpoint.scheduling.domain.ScheduleReader;
import org.stillpoint.scheduling.domain.ScheduleReader.Busy;
import org.stillpoint.scheduling.domain.SchedulingSettings;
import org.stillpoint.scheduling.domain.SeriesPlan;
import org.stillpoint.scheduling.domain.SeriesRepository;
import org.stillpoint.scheduling.domain.SeriesRepository.Unbooked;
import org.stillpoint.scheduling.domain.TherapistChoice;
import org.stillpoint.scheduling.domain.TimeSlot;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.TherapistView;
import org.stillpoint.therapists.Therapists;

/**
 * Free slots and appointments. Who may do what:
 * <ul>
 *   <li>availability: anyone; a client's own sensitivities (or, for staff, those of the client named) decide which
 *       rooms suit;</li>
 *   <li>booking: a client for themself (another client's id answers 404), the owner and the front desk for any
 *       client;</li>
 *   <li>series: booked as single appointments are; read and cancelled (the rest of them) by the series' client,
 *       its therapist, the owner and the front desk;</li>
 *   <li>reading, cancelling and rescheduling: a client their own appointments, a therapist theirs, the owner and the
 *       front desk all; anything else answers 404;</li>
 *   <li>recording attendance or a no-show: the owner, the front desk and the appointment's therapist.</li>
 * </ul>
 * Changes publish {@link AppointmentBooked}, {@link AppointmentCancelled}, {@link AppointmentCompleted} and
 * {@link AppointmentMissed} inside their transaction, and a series once more {@link AppointmentSeriesBooked}.
 */
@Service
public class Scheduling {

    /**
     * The most days one client's list of appointments may cover: one person has few appointments, so the list may
     * reach further back than a day's or a week's schedule (a diary's charts look back up to two years).
     */
    public static final int MAX_CLIENT_LIST_DAYS = 4 * 366;

    /** The record type a staff read of one client's appointments is audited as. */
    static final String CLIENT_APPOINTMENTS = "client-appointments";

    /** Attempts of one booking when it lost a race for a room or for a lock, before it answers 409. */
    private static final int BOOKING_ATTEMPTS = 3;

    /** PostgreSQL's SQLSTATE for a row that an exclusion constraint refuses. */
    private static final String EXCLUSION_VIOLATION = "23P01";

    /** The PostgreSQL constraint that keeps a room's appointments apart (db/migration/postgresql). */
    private static final String ROOM_CONSTRAINT = "appointment_room_no_overlap";

    private final Clinic clinic;
    private final Therapists therapists;
    private final Clients clients;
    private final AppointmentRepository appointments;
    private final ScheduleReader reader;
    private final BookingLocks locks;
    private final IdempotencyKeys keys;
    private final SeriesRepository seriesRepository;
    private final SchedulingSettings settings;
    private final ObjectProvider<TreatmentEligibility> eligibility;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final Clock clock;

    Scheduling(Clinic clinic, Therapists therapists, Clients clients, AppointmentRepository appointments,
               ScheduleReader reader, BookingLocks locks, IdempotencyKeys keys, SeriesRepository seriesRepository,
               SchedulingSettings settings,
               ObjectProvider<TreatmentEligibility> eligibility, ApplicationEventPublisher events,
               PlatformTransactionManager transactions, Clock clock) {
        this.clinic = clinic;
        this.therapists = therapists;
        this.clients = clients;
        this.appointments = appointments;
        this.reader = reader;
        this.locks = locks;
        this.keys = keys;
        this.seriesRepository = seriesRepository;
        this.settings = settings;
        this.eligibility = eligibility;
        this.events = events;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
    }

    // --- availability ---

    /**
     * The free slots for a session type, earliest first: 400 when the days are out of order or more than
     * {@link SchedulingSettings#maxAvailabilityDays()}, 404 for an unknown session type or therapist or a client the
     * caller may not see, 422 for a session type that is inactive or, for clients, not bookable online.
     */
    @Transactional(readOnly = true)
    public List<Slot> availability(AvailabilityQuery query) {
        ClinicTime.requireDays(query.from(), query.to(), settings.maxAvailabilityDays());
        CurrentUser caller = Accounts.current().orElse(null);
        SessionTypeView type = bookableType(query.sessionType(), caller);
        if (query.therapist() != null && therapists.find(query.therapist()).isEmpty()) {
            throw new NotFound("therapist");
        }
        ClientId client = whoseAvailability(query.client(), caller);
        ClientPreferences preferences = client == null ? null : clients.preferences(client);
        ZoneId zone = clinic.profile().zone();
        return free(type, query.from(), query.to(), query.therapist(), client, preferences).stream()
                .map(slot -> slot(slot, zone)).toList();
    }

    // --- booking ---

    /**
     * Books an appointment, or refuses with the reason: 404 for a client, session type, therapist or room that does
     * not exist or that the caller may not book for; 422 when the time is not one availability would offer (wrong
     * therapist, off the slot grid, too soon, too far ahead, closed, outside working hours, time off, no suitable
     * room), when the session type is not bookable, or when treatment is refused ({@link TreatmentBlocked}); 409
     * ({@link SlotTaken}, with the nearest free alternatives) when the therapist or the room is booked then.
     * <p>
     * With an idempotency key, a request that repeats an earlier one of the same account with the same key answers
     * the appointment that one booked ({@link Booking#replayed()}); the same key with a different request is a 422.
     * <p>
     * The booking runs in a transaction of its own, retried when it lost a race for a room it had picked, so that
     * the alternatives of a 409 are read after the losing transaction has been rolled back.
     */
    public Booking book(BookingRequest request, String idempotencyKey) {
        CurrentUser caller = Accounts.require(Role.CLIENT, Role.OWNER, Role.FRONT_DESK);
        String key = IdempotencyKeys.check(idempotencyKey);
        String fingerprint = IdempotencyKeys.fingerprint(request.client(), request.sessionType(),
                request.therapist(), request.start(), request.room());
        return once(key, status -> bookOnce(caller, request, key, fingerprint),
                status -> replay(caller, key, fingerprint),
                () -> reading.execute(status -> alternatives(request, caller)));
    }

    /**
     * Runs a booking ({@link #retryingLostRaces}) that an Idempotency-Key may make a repeat of an earlier one: when
     * it is refused as taken, or its key was stored first by a concurrent request with the same key, the earlier
     * answer ({@code replay}) is given if there is one; otherwise the refusal, with the {@code alternatives}.
     */
    private <T> T once(String key, TransactionCallback<T> booking, TransactionCallback<Optional<T>> replay,
                       Supplier<List<Slot>> alternatives) {
        try {
            return retryingLostRaces(booking);
        } catch (SlotTaken taken) {
            // A concurrent retry with the same key may have booked this very slot first.
            Optional<T> earlier = key == null ? Optional.empty() : reading.execute(replay);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            throw taken.withAlternatives(alternatives.get());
        } catch (DuplicateKeyException sameKeyFirst) {
            if (key == null) {
                throw sameKeyFirst;
            }
            return reading.execute(replay).orElseThrow(() -> sameKeyFirst);
        }
    }

    /**
     * Runs one booking transaction, again when it lost a race for a room it had picked or for a lock; after the
     * last attempt the slot counts as taken.
     */
    private <T> T retryingLostRaces(TransactionCallback<T> booking) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writing.execute(booking);
            } catch (RoomTakenMeanwhile | PessimisticLockingFailureException lostRace) {
                if (attempt == BOOKING_ATTEMPTS) {
                    throw new SlotTaken(lostRace instanceof RoomTakenMeanwhile ? Obstacle.NO_ROOM_FREE
                            : Obstacle.THERAPIST_BUSY);
                }
            }
        }
    }

    private Booking bookOnce(CurrentUser caller, BookingRequest request, String key, String fingerprint) {
        Order order = order(caller, request.client(), request.sessionType(), request.therapist(), request.room());
        if (key != null) {
            Optional<Booking> earlier = replay(caller, key, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        requireTreatmentAllowed(order.type(), request.client(), caller);
        Appointment appointment = place(order, request.start(), caller, null, null);
        if (key != null) {
            keys.remember(caller.accountId().value(), key, fingerprint, appointment.id().value(), clock.instant());
        }
        return new Booking(appointment.view(clinic.profile().zone()), false);
    }

    /** What a booking is for, once the caller may book it: the client's preferences, the session, the therapist. */
    private record Order(ClientId client, ClientPreferences preferences, SessionTypeView type,
                         TherapistView therapist, RoomView requestedRoom) {
    }

    /** 404 for a client, session type, therapist or room that does not exist or the caller may not book for. */
    private Order order(CurrentUser caller, ClientId client, SessionTypeId sessionType, TherapistId therapistId,
                        RoomId roomId) {
        ClientPreferences preferences = bookingClient(client, caller);
        SessionTypeView type = bookableType(sessionType, caller);
        TherapistView therapist = therapists.find(therapistId).orElseThrow(() -> new NotFound("therapist"));
        RoomView requestedRoom = roomId == null ? null
                : clinic.room(roomId).orElseThrow(() -> new NotFound("room"));
        return new Order(client, preferences, type, therapist, requestedRoom);
    }

    /** The rooms the order may use: 422 when the room asked for does not suit, or none does. */
    private List<RoomView> rooms(Order order) {
        List<RoomView> suitable = RoomChoice.suitable(clinic.rooms(), order.type(), order.preferences());
        if (order.requestedRoom() != null && !suitable.contains(order.requestedRoom())) {
            throw new RuleViolation("room-unsuitable", "roomId", "appointment.room.unsuitable");
        }
        if (suitable.isEmpty()) {
            throw new RuleViolation("no-suitable-room", "appointment.room.none-suitable");
        }
        return order.requestedRoom() == null ? suitable : List.of(order.requestedRoom());
    }

    /**
     * Books the order at {@code start} inside the caller's transaction, or refuses: 422 when the time is not one
     * availability would offer, {@link SlotTaken} when the therapist or the room is busy then. Locks the therapist's
     * and the room's rows first, so that the check for overlaps sees every booking committed before it, and
     * publishes {@link AppointmentBooked}.
     */
    private Appointment place(Order order, Instant start, CurrentUser caller, SeriesId series,
                              AppointmentId replaces) {
        TherapistView therapist = order.therapist();
        SessionTypeView type = order.type();
        ClinicProfile profile = clinic.profile();
        ZoneId zone = profile.zone();
        Instant now = clock.instant();
        TimeSlot time = TimeSlot.of(start, Duration.ofMinutes(type.minutes()));
        LocalDate first = time.start().atZone(zone).toLocalDate();
        LocalDate last = time.end().atZone(zone).toLocalDate();
        Duration notice = settings.noticeFor(type.kind());
        BookingRules.check(therapist, type, time, new BookingRules.Calendar(zone, stepMinutes(profile), notice,
                now.plus(notice), settings.horizon(), now.plus(settings.horizon()), reader.closures(first, last),
                reader.weeks(List.of(therapist.id().value())).getOrDefault(therapist.id().value(), List.of()),
                reader.timeOff(List.of(therapist.id().value()), time).getOrDefault(therapist.id().value(),
                        List.of())));

        List<RoomView> candidates = rooms(order);
        RoomView requestedRoom = order.requestedRoom();
        Duration buffer = profile.buffer();
        TimeSlot blocked = new TimeSlot(time.start(), time.end().plus(buffer));

        // Pick the room from what is committed now; the check under the locks below is the one that counts.
        List<Busy> around = reader.busy(blocked.start(), blocked.end());
        if (around.stream().anyMatch(b -> b.therapist().equals(therapist.id().value()))) {
            throw new SlotTaken(Obstacle.THERAPIST_BUSY);
        }
        RoomView room = candidates.stream()
                .filter(r -> around.stream().noneMatch(b -> b.room().equals(r.id().value())))
                .findFirst()
                .orElseThrow(() -> new SlotTaken(requestedRoom == null ? Obstacle.NO_ROOM_FREE : Obstacle.ROOM_BUSY));

        // The client's row too: one person cannot be in two sessions at once, whoever books them.
        locks.lock(therapist.id().value(), room.id().value(), order.client().value());
        List<Busy> clash = reader.busy(therapist.id().value(), room.id().value(), blocked.start(), blocked.end());
        if (clash.stream().anyMatch(b -> b.therapist().equals(therapist.id().value()))) {
            throw new SlotTaken(Obstacle.THERAPIST_BUSY);
        }
        if (!clash.isEmpty()) {
            if (requestedRoom != null) {
                throw new SlotTaken(Obstacle.ROOM_BUSY);
            }
            throw new RoomTakenMeanwhile();
        }
        if (reader.clientBusy(order.client().value(), time)) {
            throw new SlotTaken(Obstacle.CLIENT_BUSY);
        }

        Appointment appointment = Appointment.book(order.client(), therapist.id(), room.id(), type.id(), time,
                buffer, caller.accountId(), now, series, replaces);
        insert(appointment, requestedRoom != null);
        // A moved occurrence stays in its series, but its event does not name the series: it is not part of
        // booking one (which AppointmentSeriesBooked announces as a whole), so listeners treat it as a move.
        events.publishEvent(new AppointmentBooked(appointment.id(), order.client(), therapist.id(), room.id(),
                type.id(), type.kind(), time.start(), time.end(), caller.accountId(),
                replaces == null ? series : null, replaces));
        return appointment;
    }

    /**
     * Saves a new appointment. PostgreSQL's exclusion constraints refuse an overlap that got past the locks (a
     * writer that does not take them); the refusal names the constraint, and so whether the therapist or the room
     * was taken.
     */
    private void insert(Appointment appointment, boolean roomRequested) {
        try {
            appointments.save(appointment);
        } catch (RuntimeException e) {
            SQLException refused = sqlException(e, EXCLUSION_VIOLATION);
            if (refused == null) {
                throw e;
            }
            if (!String.valueOf(refused.getMessage()).contains(ROOM_CONSTRAINT)) {
                throw new SlotTaken(Obstacle.THERAPIST_BUSY);
            }
            if (roomRequested) {
                throw new SlotTaken(Obstacle.ROOM_BUSY);
            }
            throw new RoomTakenMeanwhile();
        }
    }

    private Optional<Booking> replay(CurrentUser caller, String key, String fingerprint) {
        return keys.find(caller.accountId().value(), key).map(use -> {
            if (!use.fingerprint().equals(fingerprint)) {
                throw new RuleViolation("idempotency-key-reused", "appointment.idempotency-key.reused");
            }
            Appointment appointment = appointments.findById(use.appointment()).orElseThrow();
            return new Booking(appointment.view(clinic.profile().zone()), true);
        });
    }

    /** The nearest free slots with the same therapist, a few days either side of the one asked for. */
    private List<Slot> alternatives(BookingRequest request, CurrentUser caller) {
        ZoneId zone = clinic.profile().zone();
        return nearest(request, caller, settings.alternatives()).stream()
                .sorted(Comparator.comparing((FreeSlot slot) -> slot.time().start()))
                .map(slot -> slot(slot, zone))
                .toList();
    }

    /** At most {@code limit} free slots with the same therapist, a few days either side, nearest first. */
    private List<FreeSlot> nearest(BookingRequest request, CurrentUser caller, int limit) {
        ZoneId zone = clinic.profile().zone();
        SessionTypeView type = clinic.sessionType(request.sessionType()).orElseThrow();
        LocalDate day = request.start().atZone(zone).toLocalDate();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate from = day.minusDays(settings.alternativeDays());
        from = from.isBefore(today) ? today : from;
        LocalDate to = day.plusDays(settings.alternativeDays());
        if (to.isBefore(from)) {
            return List.of();
        }
        ClientPreferences preferences = bookingClient(request.client(), caller);
        return free(type, from, to, request.therapist(), request.client(), preferences).stream()
                .sorted(Comparator.comparing((FreeSlot slot) ->
                        Duration.between(request.start(), slot.time().start()).abs()))
                .limit(limit)
                .toList();
    }

    // --- after booking ---

    /**
     * Cancels a booked appointment that has not started (422 once it has; 409 when it is not booked any more),
     * marked late inside the clinic's cancellation window.
     */
    @Transactional
    public AppointmentView cancel(AppointmentId id, String reason) {
        CurrentUser caller = Accounts.require(Role.CLIENT, Role.THERAPIST, Role.OWNER, Role.FRONT_DESK);
        requireReason(reason);
        Appointment appointment = visible(id, caller);
        ClinicProfile profile = clinic.profile();
        Instant now = clock.instant();
        appointment.cancel(caller.accountId(), reason, profile.cancellationWindow(), now);
        saveCancelled(appointment, caller, now, null);
        return appointment.view(profile.zone());
    }

    private static void requireReason(String reason) {
        if (reason != null && reason.strip().length() > 300) {
            throw new RuleViolation("invalid-reason", "reason", "field.too-long");
        }
    }

    private void saveCancelled(Appointment appointment, CurrentUser caller, Instant now, AppointmentId replacedBy) {
        appointments.save(appointment);
        TimeSlot time = appointment.time();
        events.publishEvent(new AppointmentCancelled(appointment.id(), appointment.clientId(),
                appointment.therapistId(), appointment.roomId(), appointment.sessionTypeId(), time.start(),
                time.end(), appointment.lateCancellation(), now, caller.accountId(), replacedBy));
    }

    // --- rescheduling ---

    /**
     * Moves a booked appointment that has not started to {@code newStart}, with {@code newTherapist} or, when that is
     * null, the same therapist, in one transaction: the appointment is cancelled (reason
     * {@value Appointment#RESCHEDULED}) and a new one booked with the same checks and locks as {@link #book}, so the
     * old one is not in its own way. Who may: as for {@link #cancel} (a client their own, a therapist theirs, the
     * owner and the front desk; 404 otherwise); the refusals of {@link #book} apply to the new time, and then the old
     * appointment stays as it was ({@link SlotTaken} lists the nearest free times, counted as if the old one were
     * free). Inside the cancellation window the move marks the old one late when a client moves their own, as a
     * cancellation would; staff moving it do not. Publishes {@link AppointmentCancelled} with {@code replacedBy} and
     * {@link AppointmentBooked} with {@code replaces}; the new appointment stays in the old one's series (its event
     * leaves the series out, as it is a move, not part of booking a series). An idempotency key works as for
     * {@link #book}.
     */
    public Rescheduling reschedule(AppointmentId id, Instant newStart, TherapistId newTherapist,
                                   String idempotencyKey) {
        CurrentUser caller = Accounts.require(Role.CLIENT, Role.THERAPIST, Role.OWNER, Role.FRONT_DESK);
        Objects.requireNonNull(newStart, "newStart");
        String key = IdempotencyKeys.check(idempotencyKey);
        String fingerprint = IdempotencyKeys.fingerprint("reschedule", id, newStart, newTherapist);
        return once(key, status -> rescheduleOnce(caller, id, newStart, newTherapist, key, fingerprint),
                status -> replayReschedule(caller, key, fingerprint),
                // The alternatives are read in a transaction that frees the old time and is then rolled back.
                () -> writing.execute(status -> {
                    status.setRollbackOnly();
                    Appointment old = visible(id, caller);
                    Instant now = clock.instant();
                    if (old.status() == AppointmentStatus.BOOKED && now.isBefore(old.time().start())) {
                        old.cancelForReschedule(caller.accountId(), false, Duration.ZERO, now);
                        appointments.save(old);
                    }
                    return alternatives(new BookingRequest(old.clientId(), old.sessionTypeId(),
                            newTherapist == null ? old.therapistId() : newTherapist, newStart, null), caller);
                }));
    }

    private Rescheduling rescheduleOnce(CurrentUser caller, AppointmentId id, Instant newStart,
                                        TherapistId newTherapist, String key, String fingerprint) {
        Appointment old = visible(id, caller);
        if (key != null) {
            Optional<Rescheduling> earlier = replayReschedule(caller, key, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        ClinicProfile profile = clinic.profile();
        Instant now = clock.instant();
        old.cancelForReschedule(caller.accountId(), caller.is(Role.CLIENT), profile.cancellationWindow(), now);
        appointments.save(old);
        Order order = order(caller, old.clientId(), old.sessionTypeId(),
                newTherapist == null ? old.therapistId() : newTherapist, null);
        requireTreatmentAllowed(order.type(), old.clientId(), caller);
        Appointment moved = place(order, newStart, caller, old.seriesId(), old.id());
        saveCancelled(old, caller, now, moved.id());
        if (key != null) {
            keys.remember(caller.accountId().value(), key, fingerprint, moved.id().value(), now);
        }
        return new Rescheduling(old.view(profile.zone()), moved.view(profile.zone()), false);
    }

    private Optional<Rescheduling> replayReschedule(CurrentUser caller, String key, String fingerprint) {
        return keys.find(caller.accountId().value(), key).map(use -> {
            if (!use.fingerprint().equals(fingerprint)) {
                throw new RuleViolation("idempotency-key-reused", "appointment.idempotency-key.reused");
            }
            ZoneId zone = clinic.profile().zone();
            Appointment moved = appointments.findById(use.appointment()).orElseThrow();
            Appointment previous = moved.replacesId() == null ? null
                    : appointments.findById(moved.replacesId().value()).orElse(null);
            if (previous == null) {
                throw new RuleViolation("idempotency-key-reused", "appointment.idempotency-key.reused");
            }
            return new Rescheduling(previous.view(zone), moved.view(zone), true);
        });
    }

    // --- series ---

    /**
     * Books a series: {@code count} occurrences every one or two weeks at the first one's local time (clinic zone,
     * across daylight saving changes). 400 naming {@code every} or {@code count} when they are missing or out of
     * range; the who-may rules, the 404s and the treatment refusal (422) of {@link #book} are checked once up front,
     * as are what holds alike for every occurrence (therapist, grid, room suitability). Then every occurrence is
     * booked in a transaction of its own with the locks of a single booking; one that cannot be booked (taken, or a
     * time {@link #book} would refuse: closed, away, outside working hours, too soon, beyond the horizon) becomes a
     * {@link SeriesConflict} with the nearest free time of the same therapist. When none could be booked the answer
     * is {@link SeriesUnbookable} (409) and nothing is stored.
     * <p>
     * With an idempotency key, a repeated request of the same account answers the series the first one booked
     * ({@link SeriesBooking#replayed()}); while that first request is still booking its occurrences, a retry sees the
     * ones booked so far. The same key with a different request is a 422.
     */
    public SeriesBooking bookSeries(SeriesRequest request, String idempotencyKey) {
        CurrentUser caller = Accounts.require(Role.CLIENT, Role.OWNER, Role.FRONT_DESK);
        requireSeriesShape(request);
        String key = IdempotencyKeys.check(idempotencyKey);
        String fingerprint = IdempotencyKeys.fingerprint("series", request.client(), request.sessionType(),
                request.therapist(), request.start(), request.every(), request.count(), request.room());
        ClinicProfile profile = clinic.profile();
        ZoneId zone = profile.zone();
        Order order = reading.execute(status -> {
            Order checked = order(caller, request.client(), request.sessionType(), request.therapist(),
                    request.room());
            BookingRules.checkTherapistAndGrid(checked.therapist(), checked.type(), request.start(), zone,
                    stepMinutes(profile));
            rooms(checked);
            return checked;
        });
        if (key != null) {
            Optional<SeriesBooking> earlier = reading.execute(status -> replaySeries(caller, key, fingerprint));
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        reading.executeWithoutResult(status -> requireTreatmentAllowed(order.type(), request.client(), caller));

        AppointmentSeries series = new AppointmentSeries(UUID.randomUUID(), request.client().value(),
                request.therapist().value(), request.sessionType().value(),
                request.room() == null ? null : request.room().value(), request.start(), request.every(),
                request.count(), clock.instant(), caller.accountId().value(), key, fingerprint);
        SeriesId seriesId = new SeriesId(series.id());
        List<AppointmentId> booked = new ArrayList<>();
        Map<Instant, String> refused = new LinkedHashMap<>();
        for (Instant start : SeriesPlan.occurrences(request.start(), request.every(), request.count(), zone)) {
            boolean first = booked.isEmpty();
            try {
                // The series is written with its first occurrence that can be booked, so that a series of which
                // nothing can be booked leaves nothing behind.
                booked.add(retryingLostRaces(status -> {
                    if (first) {
                        seriesRepository.insert(series);
                    }
                    return place(order, start, caller, seriesId, null).id();
                }));
            } catch (SlotTaken taken) {
                refused.put(start, taken.obstacle().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            } catch (RuleViolation notOffered) {
                refused.put(start, notOffered.problemType());
            } catch (DuplicateKeyException sameKeyFirst) {
                // A concurrent request with the same key wrote its series first: answer that one.
                if (key == null || !first) {
                    throw sameKeyFirst;
                }
                return reading.execute(status -> replaySeries(caller, key, fingerprint))
                        .orElseThrow(() -> sameKeyFirst);
            }
        }

        // Alternatives are read once every occurrence has been tried, so that none is one the series took itself.
        List<Unbooked> unbooked = reading.execute(status -> refused.entrySet().stream().map(conflict -> {
            FreeSlot nearest = nearest(new BookingRequest(request.client(), request.sessionType(),
                    request.therapist(), conflict.getKey(), request.room()), caller, 1).stream().findFirst()
                    .orElse(null);
            return nearest == null ? new Unbooked(conflict.getKey(), conflict.getValue(), null, null, null, null)
                    : new Unbooked(conflict.getKey(), conflict.getValue(), nearest.time().start(),
                    nearest.time().end(), nearest.therapist().value(), nearest.room().value());
        }).toList());
        if (booked.isEmpty()) {
            throw new SeriesUnbookable(unbooked.stream().map(u -> conflict(u, zone)).toList());
        }
        // The series as a whole is announced in a small transaction of its own after the last occurrence: only now
        // is it known which occurrences committed, and the last one may itself have been refused (its transaction
        // rolled back). The conflicts are stored with it, so that a retry with the same key answers the same. Each
        // occurrence was announced by its own AppointmentBooked in its transaction.
        writing.executeWithoutResult(status -> {
            seriesRepository.addUnbooked(series.id(), unbooked);
            events.publishEvent(new AppointmentSeriesBooked(seriesId, request.client(), request.therapist(), booked,
                    caller.accountId()));
        });
        return new SeriesBooking(reading.execute(status -> seriesView(series)), false);
    }

    private static void requireSeriesShape(SeriesRequest request) {
        List<FieldMessage> wrong = new ArrayList<>();
        if (request.every() == null) {
            wrong.add(new FieldMessage("every", "appointment-series.every.invalid", List.of()));
        }
        if (request.count() < 1 || request.count() > SeriesRequest.MAX_COUNT) {
            wrong.add(new FieldMessage("count", "appointment-series.count.range",
                    List.of(1, SeriesRequest.MAX_COUNT)));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInput("invalid-series", "problem.validation", wrong);
        }
    }

    private Optional<SeriesBooking> replaySeries(CurrentUser caller, String key, String fingerprint) {
        return seriesRepository.findByKey(caller.accountId().value(), key).map(series -> {
            if (!fingerprint.equals(series.fingerprint())) {
                throw new RuleViolation("idempotency-key-reused", "appointment.idempotency-key.reused");
            }
            return new SeriesBooking(seriesView(series), true);
        });
    }

    /** One series, if the caller may see it (its client, its therapist, the owner, the front desk); 404 otherwise. */
    @Transactional(readOnly = true)
    public SeriesView series(SeriesId id) {
        CurrentUser caller = Accounts.require(Role.CLIENT, Role.THERAPIST, Role.OWNER, Role.FRONT_DESK);
        return seriesView(visibleSeries(id, caller));
    }

    /**
     * Cancels the rest of a series ({@link SeriesCancellation}: from a day, from one of its occurrences, or every one
     * that has not started), each booked occurrence as {@link #cancel} would: late inside the cancellation window,
     * with its own {@link AppointmentCancelled}. Who may: as for {@link #series}; 404 for an occurrence named that is
     * not one of this series. Answers the series afterwards.
     */
    @Transactional
    public SeriesView cancelSeries(SeriesId id, SeriesCancellation what) {
        CurrentUser caller = Accounts.require(Role.CLIENT, Role.THERAPIST, Role.OWNER, Role.FRONT_DESK);
        requireReason(what.reason());
        AppointmentSeries series = visibleSeries(id, caller);
        ClinicProfile profile = clinic.profile();
        Instant now = clock.instant();
        List<Appointment> all = appointments.findForSeries(series.id());
        Instant from = now;
        if (what.fromAppointment() != null) {
            from = all.stream().filter(a -> a.id().equals(what.fromAppointment())).findFirst()
                    .orElseThrow(() -> new NotFound("appointment")).time().start();
        } else if (what.fromDay() != null) {
            from = ClinicTime.startOfDay(what.fromDay(), profile.zone());
        }
        for (Appointment appointment : all) {
            Instant start = appointment.time().start();
            if (appointment.status() == AppointmentStatus.BOOKED && !start.isBefore(from) && start.isAfter(now)) {
                appointment.cancel(caller.accountId(), what.reason(), profile.cancellationWindow(), now);
                saveCancelled(appointment, caller, now, null);
            }
        }
        return seriesView(series);
    }

    private AppointmentSeries visibleSeries(SeriesId id, CurrentUser caller) {
        AppointmentSeries series = seriesRepository.find(id.value()).orElseThrow(() -> new NotFound("series"));
        if (!maySee(caller, new ClientId(series.clientId()), new TherapistId(series.therapistId()))) {
            throw new NotFound("series");
        }
        return series;
    }

    private SeriesView seriesView(AppointmentSeries series) {
        ZoneId zone = clinic.profile().zone();
        return new SeriesView(new SeriesId(series.id()), new ClientId(series.clientId()),
                new TherapistId(series.therapistId()), new SessionTypeId(series.sessionTypeId()),
                series.firstStart().atZone(zone).toOffsetDateTime(), series.every(), series.count(),
                appointments.findForSeries(series.id()).stream().map(a -> a.view(zone)).toList(),
                seriesRepository.unbooked(series.id()).stream().map(u -> conflict(u, zone)).toList());
    }

    private static SeriesConflict conflict(Unbooked unbooked, ZoneId zone) {
        Slot alternative = unbooked.alternativeStart() == null ? null
                : new Slot(unbooked.alternativeStart().atZone(zone).toOffsetDateTime(),
                unbooked.alternativeEnd().atZone(zone).toOffsetDateTime(),
                new TherapistId(unbooked.alternativeTherapist()), new RoomId(unbooked.alternativeRoom()));
        return new SeriesConflict(unbooked.start().atZone(zone).toOffsetDateTime(), unbooked.reason(), alternative);
    }

    /** Staff record that the client came (once the appointment has started; 409 unless it is booked). */
    @Transactional
    public AppointmentView markAttended(AppointmentId id) {
        Appointment appointment = forOutcome(id);
        appointment.markAttended(Accounts.current().orElseThrow().accountId(), clock.instant());
        appointments.save(appointment);
        TimeSlot time = appointment.time();
        events.publishEvent(new AppointmentCompleted(appointment.id(), appointment.clientId(),
                appointment.therapistId(), appointment.sessionTypeId(), time.start(), time.end()));
        return appointment.view(clinic.profile().zone());
    }

    /** Staff record that the client did not come (once the appointment has started; 409 unless it is booked). */
    @Transactional
    public AppointmentView markMissed(AppointmentId id) {
        Appointment appointment = forOutcome(id);
        appointment.markMissed(Accounts.current().orElseThrow().accountId(), clock.instant());
        appointments.save(appointment);
        TimeSlot time = appointment.time();
        events.publishEvent(new AppointmentMissed(appointment.id(), appointment.clientId(),
                appointment.therapistId(), appointment.sessionTypeId(), time.start(), time.end()));
        return appointment.view(clinic.profile().zone());
    }

    private Appointment forOutcome(AppointmentId id) {
        CurrentUser caller = Accounts.require(Role.THERAPIST, Role.OWNER, Role.FRONT_DESK);
        return visible(id, caller);
    }

    // --- reading ---

    /**
     * The caller's appointments that start on the days from {@code from} to {@code to} (clinic zone, inclusive),
     * earliest first, cancelled ones included: a client's own, a therapist's own, all for the owner and the front
     * desk. 400 when the days are out of order or more than {@link SchedulingSettings#maxListDays()}.
     */
    @Transactional(readOnly = true)
    public List<AppointmentView> appointments(LocalDate from, LocalDate to) {
        CurrentUser caller = Accounts.require(Role.CLIENT, Role.THERAPIST, Role.OWNER, Role.FRONT_DESK);
        ClinicTime.requireDays(from, to, settings.maxListDays());
        ZoneId zone = clinic.profile().zone();
        TimeSlot days = ClinicTime.days(from, to, zone);
        List<Appointment> found = switch (caller.role()) {
            case CLIENT -> clients.clientOf(caller.accountId())
                    .map(client -> appointments.findForClient(client.value(), days.start(), days.end()))
                    .orElse(List.of());
            case THERAPIST -> therapists.findByAccount(caller.accountId())
                    .map(t -> appointments.findForTherapist(t.id().value(), days.start(), days.end()))
                    .orElse(List.of());
            case OWNER, FRONT_DESK -> appointments.findStartingBetween(days.start(), days.end());
        };
        return found.stream().map(a -> a.view(zone)).toList();
    }

    /**
     * One client's appointments that start on the days from {@code from} to {@code to} (clinic zone, inclusive),
     * earliest first, cancelled ones included, with whichever therapist: for the client themself and for staff who
     * may see the client (the owner, the front desk, a therapist who cares for them), audited for staff. 404 for
     * anyone else, exactly as for a client that does not exist. 400 when the days are out of order or more than
     * {@link #MAX_CLIENT_LIST_DAYS}.
     */
    @Transactional
    public List<AppointmentView> appointmentsOf(ClientId client, LocalDate from, LocalDate to) {
        clients.requireContactAccess(client, CLIENT_APPOINTMENTS);
        new FieldProblems().required("from", from).required("to", to)
                .throwIfAny("invalid-days", "problem.validation");
        ClinicTime.requireDays(from, to, MAX_CLIENT_LIST_DAYS);
        ZoneId zone = clinic.profile().zone();
        TimeSlot days = ClinicTime.days(from, to, zone);
        return appointments.findForClient(client.value(), days.start(), days.end()).stream()
                .map(a -> a.view(zone)).toList();
    }

    /** One appointment, if the caller may see it; 404 otherwise. */
    @Transactional(readOnly = true)
    public AppointmentView appointment(AppointmentId id) {
        CurrentUser caller = Accounts.require(Role.CLIENT, Role.THERAPIST, Role.OWNER, Role.FRONT_DESK);
        return visible(id, caller).view(clinic.profile().zone());
    }

    /** Today in the clinic's zone. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clinic.profile().zone());
    }

    // --- the rules ---

    private Appointment visible(AppointmentId id, CurrentUser caller) {
        Appointment appointment = appointments.findById(id.value()).orElseThrow(() -> new NotFound("appointment"));
        if (!maySee(caller, appointment.clientId(), appointment.therapistId())) {
            throw new NotFound("appointment");
        }
        return appointment;
    }

    /**
     * Whether the caller may see an appointment or a series of this client with this therapist: the client, the
     * therapist, the owner and the front desk may.
     */
    private boolean maySee(CurrentUser caller, ClientId client, TherapistId therapist) {
        return switch (caller.role()) {
            case OWNER, FRONT_DESK -> true;
            case CLIENT -> clients.clientOf(caller.accountId()).filter(client::equals).isPresent();
            case THERAPIST -> therapists.findByAccount(caller.accountId())
                    .filter(t -> t.id().equals(therapist)).isPresent();
        };
    }

    /** The client's preferences, after checking that the caller may book for them (404 otherwise). */
    private ClientPreferences bookingClient(ClientId client, CurrentUser caller) {
        if (caller.is(Role.CLIENT) && !clients.clientOf(caller.accountId()).filter(client::equals).isPresent()) {
            throw new NotFound("client");
        }
        return clients.preferences(client);
    }

    /** Whom availability is for: a client themself, or the client staff name; nobody otherwise. */
    private ClientId whoseAvailability(ClientId named, CurrentUser caller) {
        ClientId client = named;
        if (caller != null && caller.is(Role.CLIENT)) {
            Optional<ClientId> own = clients.clientOf(caller.accountId());
            if (named != null && !own.filter(named::equals).isPresent()) {
                throw new NotFound("client");
            }
            client = own.orElse(null);
        }
        return client;
    }

    private SessionTypeView bookableType(SessionTypeId id, CurrentUser caller) {
        SessionTypeView type = clinic.sessionType(id).orElseThrow(() -> new NotFound("session-type"));
        if (!type.active()) {
            throw new RuleViolation("session-type-inactive", "sessionTypeId", "appointment.session-type.inactive");
        }
        if (!type.bookableOnline() && (caller == null || caller.is(Role.CLIENT))) {
            throw new RuleViolation("not-bookable-online", "sessionTypeId",
                    "appointment.session-type.not-online");
        }
        return type;
    }

    /**
     * Hands-on sessions need a confirmed e-mail address when clients book them themselves (they can sign in before
     * confirming it) and the intake's consent ({@link TreatmentEligibility}); a consultation needs neither.
     */
    private void requireTreatmentAllowed(SessionTypeView type, ClientId client, CurrentUser caller) {
        if (type.kind() == SessionKind.CONSULTATION) {
            return;
        }
        if (caller.is(Role.CLIENT) && !clients.isEmailVerified(client)) {
            throw new RuleViolation("email-not-verified", "appointment.treatment.email-not-verified");
        }
        // The intake module's answer (IntakeTreatmentEligibility); a test may put a @Primary stand-in in its place.
        TreatmentEligibility answer = eligibility.getIfAvailable();
        if (answer == null) {
            throw new TreatmentBlocked(TreatmentRefusal.INTAKE_NOT_AVAILABLE);
        }
        Optional<TreatmentRefusal> refusal = answer.refusal(client);
        if (refusal.isPresent()) {
            throw new TreatmentBlocked(refusal.get());
        }
    }

    /**
     * The free slots, read in a fixed number of queries whatever the number of days, therapists and rooms; for a
     * client (when not null) in rooms that suit their {@code preferences}, and not at the times at which they
     * already have an appointment (one person, one place).
     */
    private List<FreeSlot> free(SessionTypeView type, LocalDate from, LocalDate to, TherapistId only,
                                ClientId client, ClientPreferences preferences) {
        List<TherapistView> candidates = therapists.all().stream()
                .filter(t -> TherapistChoice.mayGive(t, type))
                .filter(t -> only == null || t.id().equals(only))
                .toList();
        List<RoomView> rooms = RoomChoice.suitable(clinic.rooms(), type, preferences);
        if (candidates.isEmpty() || rooms.isEmpty()) {
            return List.of();
        }
        ClinicProfile profile = clinic.profile();
        ZoneId zone = profile.zone();
        Duration length = Duration.ofMinutes(type.minutes());
        Duration buffer = profile.buffer();
        TimeSlot days = ClinicTime.days(from, to, zone);
        List<UUID> ids = candidates.stream().map(t -> t.id().value()).toList();

        Map<UUID, List<WorkingHours>> weeks = reader.weeks(ids);
        Map<UUID, List<TimeSlot>> away = reader.timeOff(ids, days);
        Set<LocalDate> closures = reader.closures(from, to);
        Map<UUID, List<TimeSlot>> byTherapist = new HashMap<>();
        Map<UUID, List<TimeSlot>> byRoom = new HashMap<>();
        for (Busy busy : reader.busy(days.start(), days.end().plus(length).plus(buffer))) {
            byTherapist.computeIfAbsent(busy.therapist(), t -> new ArrayList<>()).add(busy.time());
            byRoom.computeIfAbsent(busy.room(), r -> new ArrayList<>()).add(busy.time());
        }

        Instant now = clock.instant();
        List<FreeSlot> free = AvailabilityCalculator.compute(new AvailabilityCalculator.Window(zone, from, to,
                stepMinutes(profile), length, buffer, now.plus(settings.noticeFor(type.kind())),
                now.plus(settings.horizon()), closures,
                candidates.stream().map(t -> new TherapistCalendar(t.id(), weeks.getOrDefault(t.id().value(),
                        List.of()), away.getOrDefault(t.id().value(), List.of()),
                        byTherapist.getOrDefault(t.id().value(), List.of()))).toList(),
                rooms.stream().map(r -> new RoomCalendar(r.id(), byRoom.getOrDefault(r.id().value(), List.of())))
                        .toList()));
        if (client == null || free.isEmpty()) {
            return free;
        }
        List<TimeSlot> taken = reader.clientSessions(client.value(), free.get(0).time().start(),
                free.get(free.size() - 1).time().end());
        return free.stream().filter(slot -> taken.stream().noneMatch(t -> t.overlaps(slot.time()))).toList();
    }

    private static Slot slot(FreeSlot free, ZoneId zone) {
        return new Slot(free.time().start().atZone(zone).toOffsetDateTime(),
                free.time().end().atZone(zone).toOffsetDateTime(), free.therapist(), free.room());
    }

    private static int stepMinutes(ClinicProfile profile) {
        return (int) profile.slotStep().toMinutes();
    }

    private static SQLException sqlException(Throwable e, String state) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return sql;
            }
        }
        return null;
    }

    /** The room picked for a booking was taken between picking it and locking it: try again with another. */
    private static final class RoomTakenMeanwhile extends RuntimeException {
        RoomTakenMeanwhile() {
            super("room taken meanwhile", null, false, false);
        }
    }
}
