package org.stillpoint.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.stillpoint.clients.ClientPreferences;
import org.stillpoint.clients.ClientSummary;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.ClinicProfile;
import org.stillpoint.clinic.RoomView;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.DemoDataContributor;
import org.stillpoint.scheduling.domain.Appointment;
import org.stillpoint.scheduling.domain.AppointmentRepository;
import org.stillpoint.scheduling.domain.AppointmentSeries;
import org.stillpoint.scheduling.domain.SeriesRepository;
import org.stillpoint.scheduling.domain.RoomChoice;
import org.stillpoint.scheduling.domain.TherapistChoice;
import org.stillpoint.scheduling.domain.TimeSlot;
import org.stillpoint.therapists.TherapistView;
import org.stillpoint.therapists.Therapists;

/**
 * The demo clinic's appointments: three months of history (mostly attended, a few no-shows and cancellations, some
 * of them late) and the next month. The demo client, Claire Bennett, has had a weekly 60-minute session with the
 * demo therapist on Tuesday mornings for ten weeks after a free consultation, and it goes on for four more weeks
 * (a weekly series); two other clients come every other week (series of six).
 * Every other client has a consultation first and, when their screening allows treatment, sessions after it;
 * clients whose intake stops treatment have a consultation only. Appointments fall inside the therapists' working
 * hours, in rooms that suit the session and the client, and never overlap for a therapist or a room (the buffer
 * included), exactly as bookings would; they are written straight to the repository, so no confirmation mail goes
 * out to the made-up addresses.
 */
@Component
class AppointmentDemoData implements DemoDataContributor {

    static final String DEMO_CLIENT = "client@demo.stillpoint.test";
    static final String DEMO_THERAPIST = "therapist@demo.stillpoint.test";

    /** The demo client's weekly sessions: this many weeks back, and this many ahead. */
    static final int WEEKLY_PAST = 10;
    static final int WEEKLY_AHEAD = 4;

    private static final int HISTORY_DAYS = 91;
    private static final int FUTURE_DAYS = 30;

    /** The occurrences of each demo series every other week. */
    static final int FORTNIGHTLY = 6;

    private final Accounts accounts;
    private final Clients clients;
    private final Clinic clinic;
    private final Therapists therapists;
    private final WorkingTime workingTime;
    private final AppointmentRepository appointments;
    private final SeriesRepository series;
    private final ObjectProvider<TreatmentEligibility> eligibility;
    private final Clock clock;

    AppointmentDemoData(Accounts accounts, Clients clients, Clinic clinic, Therapists therapists,
                        WorkingTime workingTime, AppointmentRepository appointments, SeriesRepository series,
                        ObjectProvider<TreatmentEligibility> eligibility, Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.clinic = clinic;
        this.therapists = therapists;
        this.workingTime = workingTime;
        this.appointments = appointments;
        this.series = series;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    @Override
    public int order() {
        // After the therapists' working weeks (400) and the intakes that decide who may be treated (400).
        return 500;
    }

    @Override
    public void contribute() {
        AccountId owner = accounts.findByEmail(DEMO_OWNER).orElseThrow().id();
        accounts.actingAs(owner, () -> {
            new Plan(owner).fill();
            return null;
        });
    }

    /** One run of the generator: what is busy so far, and the fixed random sequence that makes every demo alike. */
    private final class Plan {

        private final AccountId owner;
        private final Random random = new Random(20261121L);
        private final ClinicProfile profile = clinic.profile();
        private final ZoneId zone = profile.zone();
        private final Instant now = clock.instant();
        private final LocalDate today = now.atZone(zone).toLocalDate();
        private final List<RoomView> rooms = clinic.rooms().stream().filter(RoomView::active).toList();
        private final List<TherapistView> staff = therapists.all().stream().filter(TherapistView::active).toList();
        private final Map<UUID, List<WorkingHours>> weeks = new HashMap<>();
        private final Map<UUID, List<TimeSlot>> busy = new HashMap<>();

        Plan(AccountId owner) {
            this.owner = owner;
            staff.forEach(t -> weeks.put(t.id().value(), workingTime.workingHours(t.id())));
        }

        void fill() {
            SessionTypeView consultation = type(SessionKind.CONSULTATION, 15);
            SessionTypeView relief60 = named("Migraine relief, 60 minutes").orElseGet(() -> type(SessionKind.TREATMENT, 60));
            List<SessionTypeView> treatments = clinic.sessionTypes().stream()
                    .filter(t -> t.active() && t.kind() == SessionKind.TREATMENT).toList();
            Optional<SessionTypeView> acute = clinic.sessionTypes().stream()
                    .filter(t -> t.active() && t.kind() == SessionKind.ACUTE_RELIEF).findFirst();

            List<ClientSummary> everyone = clients.demoClients();
            ClientSummary claire = everyone.stream().filter(c -> DEMO_CLIENT.equals(c.email())).findFirst()
                    .orElse(null);
            if (claire != null) {
                demoClientWeeks(claire, consultation, relief60);
            }
            int fortnightly = 0;
            for (ClientSummary client : everyone) {
                if (client == claire) {
                    continue;
                }
                if (fortnightly < 2 && isTreatable(client)) {
                    LocalDate first = today.minusWeeks(7 + 2L * fortnightly);
                    place(client, pick(consultation), consultation, clients.preferences(client.id()),
                            first.minusDays(7), time(), false);
                    fortnightly(client, relief60, first);
                    fortnightly++;
                } else {
                    history(client, consultation, treatments, acute.orElse(null));
                }
            }
        }

        /** Claire: a consultation, then a weekly session with the demo therapist on Tuesdays at 10:00. */
        private void demoClientWeeks(ClientSummary client, SessionTypeView consultation, SessionTypeView weekly) {
            TherapistView theo = accounts.findByEmail(DEMO_THERAPIST)
                    .flatMap(a -> therapists.findByAccount(a.id())).orElse(null);
            if (theo == null || !TherapistChoice.mayGive(theo, weekly)) {
                return;
            }
            ClientPreferences preferences = clients.preferences(client.id());
            LocalDate firstTuesday = today.with(TemporalAdjusters.previous(DayOfWeek.TUESDAY))
                    .minusWeeks(WEEKLY_PAST - 1L);
            place(client, theo, consultation, preferences, firstTuesday.minusDays(6), LocalTime.of(9, 0), false);
            SeriesId series = newSeries(client, theo, weekly, firstTuesday, LocalTime.of(10, 0), Recurrence.P1W,
                    WEEKLY_PAST + WEEKLY_AHEAD);
            for (int week = 0; week < WEEKLY_PAST + WEEKLY_AHEAD; week++) {
                LocalDate day = firstTuesday.plusWeeks(week);
                // One week she cancelled the evening before: late, inside the clinic's window.
                Outcome outcome = week == 3 ? Outcome.CANCELLED_LATE : Outcome.USUAL;
                place(client, theo, weekly, preferences, day, LocalTime.of(10, 0), outcome, series);
            }
        }

        /** A series as the booking of its first occurrence would have written it. */
        private SeriesId newSeries(ClientSummary client, TherapistView therapist, SessionTypeView type,
                                   LocalDate first, LocalTime at, Recurrence every, int count) {
            SeriesId id = SeriesId.random();
            Instant start = first.atTime(at).atZone(zone).toInstant();
            Instant bookedAt = start.minus(Duration.ofDays(2)).isBefore(now) ? start.minus(Duration.ofDays(2)) : now;
            series.insert(new AppointmentSeries(id.value(), client.id().value(), therapist.id().value(),
                    type.id().value(), null, start, every, count, bookedAt,
                    (client.account() != null ? client.account() : owner).value(), null, null));
            return id;
        }

        /** Two clients come every other week on the same weekday and time, as a series of six. */
        private void fortnightly(ClientSummary client, SessionTypeView type, LocalDate from) {
            ClientPreferences preferences = clients.preferences(client.id());
            TherapistView therapist = pick(type);
            if (therapist == null) {
                return;
            }
            // The first weekday and afternoon time at which the first occurrence fits fixes the series.
            for (int d = 0; d < 7; d++) {
                LocalDate first = from.plusDays(d);
                for (LocalTime at = LocalTime.of(13, 30); at.isBefore(LocalTime.of(16, 0)); at = at.plusMinutes(30)) {
                    if (fits(therapist, type, preferences, first, at)) {
                        SeriesId id = newSeries(client, therapist, type, first, at, Recurrence.P2W, FORTNIGHTLY);
                        for (int i = 0; i < FORTNIGHTLY; i++) {
                            book(client, therapist, type, preferences, first.plusWeeks(2L * i), at, Outcome.USUAL,
                                    id);
                        }
                        return;
                    }
                }
            }
        }

        /** Everyone else: a consultation, then sessions if they may be treated; some come back next month. */
        private void history(ClientSummary client, SessionTypeView consultation, List<SessionTypeView> treatments,
                             SessionTypeView acute) {
            ClientPreferences preferences = clients.preferences(client.id());
            boolean treatable = isTreatable(client);
            LocalDate first = today.minusDays(HISTORY_DAYS - random.nextInt(60));
            place(client, pick(consultation), consultation, preferences, first, time(), false);
            if (!treatable || treatments.isEmpty()) {
                return;
            }
            TherapistView usual = null;
            LocalDate day = first.plusDays(3 + random.nextInt(6));
            int sessions = 1 + random.nextInt(5);
            for (int i = 0; i < sessions && day.isBefore(today.plusDays(FUTURE_DAYS)); i++) {
                SessionTypeView type = i == 2 && acute != null && random.nextBoolean() ? acute
                        : treatments.get(random.nextInt(treatments.size()));
                TherapistView therapist = usual != null && TherapistChoice.mayGive(usual, type) ? usual : pick(type);
                if (therapist != null && place(client, therapist, type, preferences, day, time(), true)) {
                    usual = usual == null ? therapist : usual;
                }
                day = day.plusDays(7 + random.nextInt(14));
            }
        }

        private boolean place(ClientSummary client, TherapistView therapist, SessionTypeView type,
                              ClientPreferences preferences, LocalDate day, LocalTime from, boolean varied) {
            return place(client, therapist, type, preferences, day, from, varied, null);
        }

        private boolean place(ClientSummary client, TherapistView therapist, SessionTypeView type,
                              ClientPreferences preferences, LocalDate day, LocalTime from, boolean varied,
                              SeriesId series) {
            Outcome outcome = !varied ? Outcome.USUAL : switch (random.nextInt(20)) {
                case 0 -> Outcome.MISSED;
                case 1 -> Outcome.CANCELLED_EARLY;
                case 2 -> Outcome.CANCELLED_LATE;
                default -> Outcome.USUAL;
            };
            return place(client, therapist, type, preferences, day, from, outcome, series);
        }

        /**
         * Books the first free time from {@code from} on that day (or the next working days), as availability
         * would offer it; false when nothing fits within a week.
         */
        private boolean place(ClientSummary client, TherapistView therapist, SessionTypeView type,
                              ClientPreferences preferences, LocalDate day, LocalTime from, Outcome outcome,
                              SeriesId series) {
            if (therapist == null) {
                return false;
            }
            Duration length = Duration.ofMinutes(type.minutes());
            for (int d = 0; d < 7; d++) {
                LocalDate date = day.plusDays(d);
                LocalTime earliest = d == 0 ? from : LocalTime.MIN;
                for (WorkingHours hours : weeks.getOrDefault(therapist.id().value(), List.of())) {
                    if (hours.day() != date.getDayOfWeek()) {
                        continue;
                    }
                    for (LocalTime t = hours.start(); !t.plus(length).isAfter(hours.end());
                         t = t.plus(profile.slotStep())) {
                        if (!t.isBefore(earliest) && book(client, therapist, type, preferences, date, t, outcome,
                                series)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private void save(ClientSummary client, TherapistView therapist, RoomView room, SessionTypeView type,
                          TimeSlot time, Outcome outcome, SeriesId series) {
            // Upcoming appointments are simply booked; what happened to past ones varies.
            Instant bookedAt = time.start().minus(Duration.ofDays(5 + random.nextInt(20)));
            Appointment appointment = Appointment.book(client.id(), therapist.id(), room.id(), type.id(), time,
                    profile.buffer(), client.account() != null ? client.account() : owner,
                    bookedAt.isBefore(now) ? bookedAt : now.minusSeconds(60), series, null);
            boolean past = time.start().isBefore(now);
            switch (past ? outcome : Outcome.USUAL) {
                case CANCELLED_LATE -> appointment.cancel(client.account() != null ? client.account() : owner, null,
                        profile.cancellationWindow(), earliest(time.start().minus(Duration.ofHours(14))));
                case CANCELLED_EARLY -> appointment.cancel(owner, null, profile.cancellationWindow(),
                        earliest(time.start().minus(Duration.ofDays(3))));
                case MISSED -> appointment.markMissed(owner, time.end());
                case USUAL -> {
                    if (past) {
                        appointment.markAttended(owner, time.end());
                    }
                }
            }
            appointments.save(appointment);
        }

        /** A cancellation time that has already happened. */
        private Instant earliest(Instant when) {
            return when.isBefore(now) ? when : now.minusSeconds(60);
        }

        private boolean isBusy(UUID resource, TimeSlot blocked) {
            return busy.getOrDefault(resource, List.of()).stream().anyMatch(b -> b.overlaps(blocked));
        }

        private boolean isTreatable(ClientSummary client) {
            TreatmentEligibility answer = eligibility.getIfAvailable();
            return answer != null && answer.refusal(client.id()).isEmpty();
        }

        /** Whether the therapist works then and they and a suitable room are free. */
        private boolean fits(TherapistView therapist, SessionTypeView type, ClientPreferences preferences,
                             LocalDate day, LocalTime at) {
            return room(therapist, type, preferences, day, at) != null;
        }

        private RoomView room(TherapistView therapist, SessionTypeView type, ClientPreferences preferences,
                              LocalDate day, LocalTime at) {
            LocalTime end = at.plusMinutes(type.minutes());
            boolean working = weeks.getOrDefault(therapist.id().value(), List.of()).stream()
                    .anyMatch(h -> h.day() == day.getDayOfWeek() && !at.isBefore(h.start()) && !end.isAfter(h.end()));
            TimeSlot time = TimeSlot.of(day.atTime(at).atZone(zone).toInstant(), Duration.ofMinutes(type.minutes()));
            TimeSlot blocked = new TimeSlot(time.start(), time.end().plus(profile.buffer()));
            if (!working || isBusy(therapist.id().value(), blocked)
                    || (!time.start().isAfter(now) && !time.end().isBefore(now))) {
                return null;
            }
            return RoomChoice.suitable(rooms, type, preferences).stream()
                    .filter(r -> !isBusy(r.id().value(), blocked)).findFirst().orElse(null);
        }

        /**
         * Books exactly that time if the therapist works then and they and a suitable room are free (nothing in
         * progress right now); answers whether it did.
         */
        private boolean book(ClientSummary client, TherapistView therapist, SessionTypeView type,
                             ClientPreferences preferences, LocalDate day, LocalTime at, Outcome outcome,
                             SeriesId series) {
            RoomView room = room(therapist, type, preferences, day, at);
            if (room == null) {
                return false;
            }
            TimeSlot time = TimeSlot.of(day.atTime(at).atZone(zone).toInstant(), Duration.ofMinutes(type.minutes()));
            TimeSlot blocked = new TimeSlot(time.start(), time.end().plus(profile.buffer()));
            save(client, therapist, room, type, time, outcome, series);
            busy.computeIfAbsent(therapist.id().value(), k -> new ArrayList<>()).add(blocked);
            busy.computeIfAbsent(room.id().value(), k -> new ArrayList<>()).add(blocked);
            return true;
        }

        private TherapistView pick(SessionTypeView type) {
            List<TherapistView> able = staff.stream().filter(t -> TherapistChoice.mayGive(t, type)).toList();
            return able.isEmpty() ? null : able.get(random.nextInt(able.size()));
        }

        private LocalTime time() {
            return LocalTime.of(9, 0).plusMinutes(30L * random.nextInt(14));
        }

        private SessionTypeView type(SessionKind kind, int minutes) {
            return clinic.sessionTypes().stream().filter(t -> t.active() && t.kind() == kind)
                    .min((a, b) -> Integer.compare(Math.abs(a.minutes() - minutes), Math.abs(b.minutes() - minutes)))
                    .orElseThrow();
        }

        private Optional<SessionTypeView> named(String name) {
            return clinic.sessionTypes().stream().filter(t -> t.active() && t.name().equals(name)).findFirst();
        }
    }

    private enum Outcome { USUAL, MISSED, CANCELLED_EARLY, CANCELLED_LATE }
}
