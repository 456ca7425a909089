package org.stillpoint.scheduling.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.scheduling.AvailabilityQuery;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.scheduling.Slot;
import org.stillpoint.therapists.TherapistId;

/**
 * Free times as the pages offer them: one slot per start time (the first therapist and room free then when no
 * therapist was chosen), grouped by day.
 */
@Component
class FreeTimes {

    /** How many days one page of days looks ahead. */
    static final int DAYS = 14;

    private final Scheduling scheduling;

    FreeTimes(Scheduling scheduling) {
        this.scheduling = scheduling;
    }

    /** A day and its free times, earliest first. */
    record Day(LocalDate date, List<Slot> slots) {
    }

    /** The days from {@code from} to {@code to} that have free times, each with its times. */
    List<Day> days(List<SessionTypeView> types, LocalDate from, LocalDate to, TherapistId therapist,
                   ClientId client) {
        List<Slot> all = new ArrayList<>();
        for (SessionTypeView type : types) {
            all.addAll(scheduling.availability(new AvailabilityQuery(type.id(), from, to, therapist, client)));
        }
        all.sort(Comparator.comparing(Slot::start));
        Map<LocalDate, List<Slot>> byDay = new LinkedHashMap<>();
        OffsetDateTime last = null;
        for (Slot slot : all) {
            if (last != null && last.isEqual(slot.start())) {
                continue;
            }
            last = slot.start();
            byDay.computeIfAbsent(slot.start().toLocalDate(), d -> new ArrayList<>()).add(slot);
        }
        return byDay.entrySet().stream().map(e -> new Day(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** The free times of one day. */
    List<Slot> on(List<SessionTypeView> types, LocalDate day, TherapistId therapist, ClientId client) {
        return days(types, day, day, therapist, client).stream().findFirst().map(Day::slots).orElse(List.of());
    }

    /** The first day with free times from {@code from} on, within {@link #DAYS} days, if any. */
    Day firstFrom(List<SessionTypeView> types, LocalDate from, ClientId client) {
        return days(types, from, from.plusDays(DAYS - 1), null, client).stream().findFirst().orElse(null);
    }

    LocalDate today() {
        return scheduling.today();
    }
}
