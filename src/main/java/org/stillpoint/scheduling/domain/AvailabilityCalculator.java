package org.stillpoint.scheduling.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.stillpoint.clinic.RoomId;
import org.stillpoint.scheduling.WorkingHours;
import org.stillpoint.therapists.TherapistId;

/**
 * Free slots by a sweep over sorted intervals, with no clock and no database: everything it needs comes in one
 * {@link Window}. For each therapist, the working time of each day (local hours turned into instants by
 * {@link ClinicTime}) minus closed days, time off and appointments (each widened by the buffer before it; the
 * buffer after it is already part of its stored busy range) leaves free stretches; every start on the clinic's
 * slot grid that leaves room for the whole session inside a free stretch, between the earliest and the latest
 * allowed start, is a candidate. Candidates then go through the suitable rooms in order of preference, and each
 * gets the first room that is free for the session. The work grows with the days, the therapists, the rooms and
 * the appointments inside the window, never with the history before it.
 */
public final class AvailabilityCalculator {

    private AvailabilityCalculator() {
    }

    /**
     * Everything one computation needs.
     *
     * @param earliestStart the first allowed start (now plus the minimum notice)
     * @param latestStart   the last allowed start (now plus the booking horizon)
     * @param rooms         the rooms that suit the session and the client, most preferred first
     */
    public record Window(ZoneId zone, LocalDate from, LocalDate to, int stepMinutes, Duration length,
                        Duration buffer, Instant earliestStart, Instant latestStart, Set<LocalDate> closures,
                        List<TherapistCalendar> therapists, List<RoomCalendar> rooms) {

        public Window {
            Objects.requireNonNull(zone, "zone");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the window ends before it starts");
            }
            if (stepMinutes < 1 || length.isNegative() || length.isZero() || buffer.isNegative()) {
                throw new IllegalArgumentException("step and length must be positive, the buffer not negative");
            }
            closures = Set.copyOf(closures);
            therapists = List.copyOf(therapists);
            rooms = List.copyOf(rooms);
        }
    }

    /**
     * A therapist's week, time off and appointments in the window. {@code booked} holds each appointment's stored
     * busy range: from its start to its end plus the buffer after it.
     */
    public record TherapistCalendar(TherapistId therapist, List<WorkingHours> week, List<TimeSlot> away,
                                    List<TimeSlot> booked) {

        public TherapistCalendar {
            week = List.copyOf(week);
            away = List.copyOf(away);
            booked = List.copyOf(booked);
        }
    }

    /** A room's appointments in the window, as stored busy ranges. */
    public record RoomCalendar(RoomId room, List<TimeSlot> booked) {

        public RoomCalendar {
            booked = List.copyOf(booked);
        }
    }

    /** A free slot with the room it would use. */
    public record FreeSlot(TimeSlot time, TherapistId therapist, RoomId room) {
    }

    public static List<FreeSlot> compute(Window window) {
        Instant windowEnd = ClinicTime.startOfDay(window.to().plusDays(1), window.zone());
        Instant first = max(window.earliestStart(), ClinicTime.startOfDay(window.from(), window.zone()));
        Instant last = min(window.latestStart(), windowEnd.minusNanos(1));
        if (first.isAfter(last)) {
            return List.of();
        }
        long[] grid = gridStarts(window.zone(), window.from(), window.to(), window.stepMinutes(), first, last);

        List<Candidate> candidates = new ArrayList<>();
        List<TherapistCalendar> therapists = window.therapists();
        for (int index = 0; index < therapists.size(); index++) {
            TherapistCalendar calendar = therapists.get(index);
            List<TimeSlot> working = workingTime(calendar.week(), window.from(), window.to(), window.zone(),
                    window.closures());
            List<TimeSlot> busy = new ArrayList<>(calendar.away());
            calendar.booked().forEach(b -> busy.add(widen(b, window.buffer())));
            List<TimeSlot> free = subtract(working, merge(busy));
            collectStarts(free, grid, window.length(), index, candidates);
        }
        candidates.sort(Comparator.comparingLong(Candidate::start).thenComparingInt(Candidate::therapist));
        return withRooms(candidates, window);
    }

    /** The therapist's working time on the days from {@code from} to {@code to}, sorted and merged. */
    public static List<TimeSlot> workingTime(Collection<WorkingHours> week, LocalDate from, LocalDate to, ZoneId zone,
                                             Set<LocalDate> closures) {
        Map<DayOfWeek, List<WorkingHours>> byDay = new EnumMap<>(DayOfWeek.class);
        week.forEach(hours -> byDay.computeIfAbsent(hours.day(), d -> new ArrayList<>()).add(hours));
        List<TimeSlot> working = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (closures.contains(date)) {
                continue;
            }
            for (WorkingHours hours : byDay.getOrDefault(date.getDayOfWeek(), List.of())) {
                Instant start = ClinicTime.startOf(date, hours.start(), zone);
                Instant end = ClinicTime.endOf(date, hours.end(), zone);
                if (end.isAfter(start)) {
                    working.add(new TimeSlot(start, end));
                }
            }
        }
        return merge(working);
    }

    /** An appointment's busy range widened by the buffer before it. */
    public static TimeSlot widen(TimeSlot booked, Duration buffer) {
        return new TimeSlot(booked.start().minus(buffer), booked.end());
    }

    /** Sorts the stretches and joins those that overlap or touch. */
    public static List<TimeSlot> merge(List<TimeSlot> stretches) {
        if (stretches.isEmpty()) {
            return List.of();
        }
        List<TimeSlot> sorted = new ArrayList<>(stretches);
        sorted.sort(null);
        List<TimeSlot> merged = new ArrayList<>(sorted.size());
        Instant start = sorted.get(0).start();
        Instant end = sorted.get(0).end();
        for (TimeSlot next : sorted.subList(1, sorted.size())) {
            if (next.start().isAfter(end)) {
                merged.add(new TimeSlot(start, end));
                start = next.start();
                end = next.end();
            } else if (next.end().isAfter(end)) {
                end = next.end();
            }
        }
        merged.add(new TimeSlot(start, end));
        return merged;
    }

    /** What is left of sorted, merged {@code from} after taking away sorted, merged {@code taken}. */
    public static List<TimeSlot> subtract(List<TimeSlot> from, List<TimeSlot> taken) {
        List<TimeSlot> left = new ArrayList<>();
        int t = 0;
        for (TimeSlot stretch : from) {
            Instant cursor = stretch.start();
            while (t < taken.size() && !taken.get(t).end().isAfter(cursor)) {
                t++;
            }
            int u = t;
            while (u < taken.size() && taken.get(u).start().isBefore(stretch.end())) {
                TimeSlot busy = taken.get(u);
                if (busy.start().isAfter(cursor)) {
                    left.add(new TimeSlot(cursor, busy.start()));
                }
                if (busy.end().isAfter(cursor)) {
                    cursor = busy.end();
                }
                u++;
            }
            if (cursor.isBefore(stretch.end())) {
                left.add(new TimeSlot(cursor, stretch.end()));
            }
        }
        return left;
    }

    /**
     * Every instant from {@code first} to {@code last} whose local time is on the grid (a multiple of the step after
     * midnight), in order, as epoch seconds. A local time the clock skips has no instant; one it shows twice has
     * two, an hour apart, so nothing is missing and nothing repeats.
     */
    static long[] gridStarts(ZoneId zone, LocalDate from, LocalDate to, int stepMinutes, Instant first, Instant last) {
        ZoneRules rules = zone.getRules();
        long lo = first.getEpochSecond() + (first.getNano() > 0 ? 1 : 0);
        long hi = last.getEpochSecond();
        long[] starts = new long[16];
        int count = 0;
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            LocalDateTime midnight = date.atStartOfDay();
            for (int minute = 0; minute < 24 * 60; minute += stepMinutes) {
                LocalDateTime local = midnight.plusMinutes(minute);
                for (ZoneOffset offset : rules.getValidOffsets(local)) {
                    long second = local.toEpochSecond(offset);
                    if (second >= lo && second <= hi) {
                        if (count == starts.length) {
                            starts = Arrays.copyOf(starts, count * 2);
                        }
                        starts[count++] = second;
                    }
                }
            }
        }
        long[] result = Arrays.copyOf(starts, count);
        Arrays.sort(result);
        return result;
    }

    private static void collectStarts(List<TimeSlot> free, long[] grid, Duration length, int therapist,
                                      List<Candidate> into) {
        int g = 0;
        for (TimeSlot stretch : free) {
            long from = stretch.start().getEpochSecond() + (stretch.start().getNano() > 0 ? 1 : 0);
            long latest = stretch.end().minus(length).getEpochSecond();
            while (g < grid.length && grid[g] < from) {
                g++;
            }
            for (int k = g; k < grid.length && grid[k] <= latest; k++) {
                into.add(new Candidate(grid[k], therapist));
            }
        }
    }

    private static List<FreeSlot> withRooms(List<Candidate> candidates, Window window) {
        List<RoomCalendar> rooms = window.rooms();
        List<List<TimeSlot>> busy = new ArrayList<>(rooms.size());
        for (RoomCalendar room : rooms) {
            busy.add(merge(room.booked().stream().map(b -> widen(b, window.buffer())).toList()));
        }
        int[] pointer = new int[rooms.size()];
        long seconds = window.length().getSeconds();
        List<FreeSlot> slots = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            Instant start = Instant.ofEpochSecond(candidate.start());
            Instant end = Instant.ofEpochSecond(candidate.start() + seconds);
            for (int r = 0; r < rooms.size(); r++) {
                // Candidates come in order of start and all last as long, so each room's pointer only moves on.
                List<TimeSlot> taken = busy.get(r);
                while (pointer[r] < taken.size() && !taken.get(pointer[r]).end().isAfter(start)) {
                    pointer[r]++;
                }
                if (pointer[r] == taken.size() || !taken.get(pointer[r]).start().isBefore(end)) {
                    slots.add(new FreeSlot(new TimeSlot(start, end),
                            window.therapists().get(candidate.therapist()).therapist(), rooms.get(r).room()));
                    break;
                }
            }
        }
        return slots;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record Candidate(long start, int therapist) {
    }
}
