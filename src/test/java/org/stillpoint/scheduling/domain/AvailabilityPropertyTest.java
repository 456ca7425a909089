package org.stillpoint.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.scheduling.WorkingHours;
import org.stillpoint.scheduling.domain.AvailabilityCalculator.FreeSlot;
import org.stillpoint.scheduling.domain.AvailabilityCalculator.RoomCalendar;
import org.stillpoint.scheduling.domain.AvailabilityCalculator.TherapistCalendar;
import org.stillpoint.scheduling.domain.AvailabilityCalculator.Window;
import org.stillpoint.therapists.TherapistId;

/**
 * The sweep against random calendars, many of them across daylight-saving changes: no slot it offers overlaps
 * anything busy, and it finds exactly the slots that a minute-by-minute reference finds.
 */
class AvailabilityPropertyTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("America/Los_Angeles"),
            ZoneId.of("Europe/Amsterdam"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/St_Johns"));

    /** Days with a change of the clock in one of the zones, and ordinary ones. */
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 4, 5),
            LocalDate.of(2026, 10, 4), LocalDate.of(2026, 6, 17));

    private static final int[] STEPS = {5, 10, 15, 20, 25, 30, 45, 60};

    @Property(tries = 400)
    void noOfferedSlotOverlapsAnythingBusy(@ForAll("windows") Window window) {
        List<FreeSlot> slots = AvailabilityCalculator.compute(window);

        for (FreeSlot slot : slots) {
            TherapistCalendar therapist = window.therapists().stream()
                    .filter(t -> t.therapist().equals(slot.therapist())).findFirst().orElseThrow();
            RoomCalendar room = window.rooms().stream().filter(r -> r.room().equals(slot.room())).findFirst()
                    .orElseThrow();
            assertThat(therapist.away()).noneMatch(away -> away.overlaps(slot.time()));
            assertThat(therapist.booked()).noneMatch(booked -> widened(booked, window).overlaps(slot.time()));
            assertThat(room.booked()).noneMatch(booked -> widened(booked, window).overlaps(slot.time()));
            assertThat(AvailabilityCalculator.workingTime(therapist.week(), window.from(), window.to(),
                    window.zone(), window.closures())).anyMatch(working -> working.contains(slot.time()));
            assertThat(slot.time().length()).isEqualTo(window.length());
            assertThat(slot.time().start()).isBetween(window.earliestStart(), window.latestStart());
        }
    }

    @Property(tries = 400)
    void findsEveryFreeSlotOfTheStepOnceInOrder(@ForAll("windows") Window window) {
        List<FreeSlot> slots = AvailabilityCalculator.compute(window);
        Statistics.label("slots").collect(slots.isEmpty() ? "none" : slots.size() < 20 ? "a few" : "many");
        // The comparison means something only if most calendars leave slots, and many leave plenty.
        Statistics.label("slots").coverage(coverage -> {
            coverage.check("none").percentage(p -> p <= 35);
            coverage.check("many").percentage(p -> p >= 30);
        });

        assertThat(slots).containsExactlyElementsOf(reference(window));
    }

    /**
     * The reference: every minute of the window marked working or busy in arrays, each therapist's and room's, and
     * every grid start (a local time that is a whole number of steps after midnight) tried in turn; the first free
     * room in the window's order is the room of the slot.
     */
    static List<FreeSlot> reference(Window window) {
        ZoneId zone = window.zone();
        Instant origin = ClinicTime.startOfDay(window.from(), zone).minus(Duration.ofHours(12));
        int minutes = (int) Duration.between(origin, ClinicTime.startOfDay(window.to().plusDays(1), zone)
                .plus(Duration.ofHours(12))).toMinutes();
        List<int[]> therapistBusy = new ArrayList<>();
        for (TherapistCalendar therapist : window.therapists()) {
            boolean[] free = new boolean[minutes];
            for (LocalDate date = window.from(); !date.isAfter(window.to()); date = date.plusDays(1)) {
                if (window.closures().contains(date)) {
                    continue;
                }
                for (WorkingHours hours : therapist.week()) {
                    if (hours.day() == date.getDayOfWeek()) {
                        mark(free, origin, ClinicTime.startOf(date, hours.start(), zone),
                                ClinicTime.endOf(date, hours.end(), zone), true);
                    }
                }
            }
            therapist.away().forEach(a -> mark(free, origin, a.start(), a.end(), false));
            therapist.booked().forEach(b -> mark(free, origin, b.start().minus(window.buffer()), b.end(), false));
            therapistBusy.add(notFreeCounts(free));
        }
        List<int[]> roomBusy = new ArrayList<>();
        for (RoomCalendar room : window.rooms()) {
            boolean[] free = new boolean[minutes];
            mark(free, origin, origin, origin.plus(Duration.ofMinutes(minutes)), true);
            room.booked().forEach(b -> mark(free, origin, b.start().minus(window.buffer()), b.end(), false));
            roomBusy.add(notFreeCounts(free));
        }
        int length = (int) window.length().toMinutes();
        Instant windowEnd = ClinicTime.startOfDay(window.to().plusDays(1), zone);
        List<FreeSlot> expected = new ArrayList<>();
        for (int m = 0; m + length <= minutes; m++) {
            Instant start = origin.plus(Duration.ofMinutes(m));
            LocalTime local = LocalDateTime.ofInstant(start, zone).toLocalTime();
            boolean onGrid = (local.getHour() * 60 + local.getMinute()) % window.stepMinutes() == 0;
            if (!onGrid || start.isBefore(window.earliestStart()) || start.isAfter(window.latestStart())
                    || start.isBefore(ClinicTime.startOfDay(window.from(), zone)) || !start.isBefore(windowEnd)) {
                continue;
            }
            for (int t = 0; t < window.therapists().size(); t++) {
                if (busyMinutes(therapistBusy.get(t), m, length) > 0) {
                    continue;
                }
                for (int r = 0; r < window.rooms().size(); r++) {
                    if (busyMinutes(roomBusy.get(r), m, length) == 0) {
                        expected.add(new FreeSlot(TimeSlot.of(start, window.length()),
                                window.therapists().get(t).therapist(), window.rooms().get(r).room()));
                        break;
                    }
                }
            }
        }
        return expected;
    }

    private static void mark(boolean[] minutes, Instant origin, Instant from, Instant to, boolean value) {
        int first = (int) Math.max(0, Duration.between(origin, from).toMinutes());
        int last = (int) Math.min(minutes.length, Duration.between(origin, to).toMinutes());
        for (int m = first; m < last; m++) {
            minutes[m] = value;
        }
    }

    /** counts[m] = how many of the minutes before m are not free. */
    private static int[] notFreeCounts(boolean[] free) {
        int[] counts = new int[free.length + 1];
        for (int m = 0; m < free.length; m++) {
            counts[m + 1] = counts[m] + (free[m] ? 0 : 1);
        }
        return counts;
    }

    private static int busyMinutes(int[] counts, int from, int length) {
        return counts[from + length] - counts[from];
    }

    /** A booking's busy range with the buffer before it (the buffer after it is part of the stored range). */
    private static TimeSlot widened(TimeSlot booked, Window window) {
        return new TimeSlot(booked.start().minus(window.buffer()), booked.end());
    }

    @Provide
    Arbitrary<Window> windows() {
        return Arbitraries.randomValue(AvailabilityPropertyTest::randomWindow);
    }

    static Window randomWindow(Random random) {
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        LocalDate from = DAYS.get(random.nextInt(DAYS.size())).minusDays(random.nextInt(2));
        LocalDate to = from.plusDays(random.nextInt(3));
        int step = STEPS[random.nextInt(STEPS.length)];
        Duration length = Duration.ofMinutes(5 * (1 + random.nextInt(24)));
        Duration buffer = Duration.ofMinutes(5 * random.nextInt(7));
        Instant dayStart = ClinicTime.startOfDay(from, zone);
        Instant windowEnd = ClinicTime.startOfDay(to.plusDays(1), zone);
        long spanMinutes = Duration.between(dayStart, windowEnd).toMinutes();
        Instant earliest = random.nextBoolean() ? dayStart.minus(Duration.ofDays(1))
                : dayStart.plus(Duration.ofMinutes(random.nextInt((int) spanMinutes)));
        Instant latest = random.nextBoolean() ? windowEnd.plus(Duration.ofDays(1))
                : (earliest.isBefore(dayStart) ? dayStart : earliest)
                        .plus(Duration.ofMinutes(random.nextInt((int) spanMinutes + 1)));
        Set<LocalDate> closures = new HashSet<>();
        if (random.nextInt(4) == 0) {
            closures.add(from.plusDays(random.nextInt(3)));
        }
        List<TherapistCalendar> therapists = new ArrayList<>();
        int therapistCount = 1 + random.nextInt(3);
        for (int t = 0; t < therapistCount; t++) {
            therapists.add(new TherapistCalendar(new TherapistId(new UUID(1, t)), randomWeek(random),
                    randomStretches(random, dayStart, spanMinutes, 3, 600),
                    randomBookings(random, dayStart, spanMinutes)));
        }
        List<RoomCalendar> rooms = new ArrayList<>();
        int roomCount = 1 + random.nextInt(3);
        for (int r = 0; r < roomCount; r++) {
            rooms.add(new RoomCalendar(new RoomId(new UUID(2, r)), randomBookings(random, dayStart, spanMinutes)));
        }
        return new Window(zone, from, to, step, length, buffer, earliest, latest, closures, therapists, rooms);
    }

    private static List<WorkingHours> randomWeek(Random random) {
        List<WorkingHours> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            int stretches = 1 + random.nextInt(2);
            for (int i = 0; i < stretches; i++) {
                int start = random.nextInt(23 * 60) / 5 * 5 + (random.nextInt(5) == 0 ? 2 : 0);
                int end = Math.min(24 * 60 - 1, start + 15 + random.nextInt(600));
                week.add(new WorkingHours(day, LocalTime.of(start / 60, start % 60), LocalTime.of(end / 60,
                        end % 60)));
            }
        }
        return week;
    }

    private static List<TimeSlot> randomStretches(Random random, Instant from, long spanMinutes, int most,
                                                  int longest) {
        List<TimeSlot> stretches = new ArrayList<>();
        int count = random.nextInt(most + 1);
        for (int i = 0; i < count; i++) {
            Instant start = from.plus(Duration.ofMinutes(random.nextInt((int) spanMinutes) - 60));
            stretches.add(new TimeSlot(start, start.plus(Duration.ofMinutes(5 + random.nextInt(longest)))));
        }
        return stretches;
    }

    /** Busy ranges as stored: a session of 15–120 minutes and the buffer of its day (0–30 minutes). */
    private static List<TimeSlot> randomBookings(Random random, Instant from, long spanMinutes) {
        List<TimeSlot> booked = new ArrayList<>();
        int count = random.nextInt(7);
        for (int i = 0; i < count; i++) {
            Instant start = from.plus(Duration.ofMinutes(random.nextInt((int) spanMinutes + 120) - 120));
            booked.add(new TimeSlot(start, start.plus(Duration.ofMinutes(15 + random.nextInt(106)
                    + 5L * random.nextInt(7)))));
        }
        return booked;
    }
}
