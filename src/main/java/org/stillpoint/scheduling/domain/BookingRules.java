package org.stillpoint.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.scheduling.WorkingHours;
import org.stillpoint.therapists.TherapistView;

/**
 * Whether a requested time is one that availability would offer, apart from other appointments, and if not, why:
 * each refusal is a 422 with its own problem type, checked in the order a person would want to hear them.
 */
public final class BookingRules {

    private BookingRules() {
    }

    /** What the check needs to know about the clinic's calendar and the therapist's time. */
    public record Calendar(ZoneId zone, int stepMinutes, Duration notice, Instant earliestStart, Duration horizon,
                           Instant latestStart, Set<LocalDate> closures, List<WorkingHours> week,
                           List<TimeSlot> away) {
    }

    public static void check(TherapistView therapist, SessionTypeView type, TimeSlot time, Calendar calendar) {
        checkTherapistAndGrid(therapist, type, time.start(), calendar.zone(), calendar.stepMinutes());
        if (time.start().isBefore(calendar.earliestStart())) {
            throw new RuleViolation("too-short-notice", "start", "appointment.start.too-soon",
                    calendar.notice().toMinutes());
        }
        if (time.start().isAfter(calendar.latestStart())) {
            throw new RuleViolation("beyond-horizon", "start", "appointment.start.too-far",
                    calendar.horizon().toDays());
        }
        LocalDate first = time.start().atZone(calendar.zone()).toLocalDate();
        LocalDate last = time.end().atZone(calendar.zone()).toLocalDate();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (calendar.closures().contains(date)) {
                throw new RuleViolation("clinic-closed", "start", "appointment.start.clinic-closed", date);
            }
        }
        boolean working = AvailabilityCalculator.workingTime(calendar.week(), first, last, calendar.zone(),
                calendar.closures()).stream().anyMatch(stretch -> stretch.contains(time));
        if (!working) {
            throw new RuleViolation("outside-working-hours", "start", "appointment.start.not-working");
        }
        if (calendar.away().stream().anyMatch(away -> away.overlaps(time))) {
            throw new RuleViolation("therapist-away", "start", "appointment.start.therapist-away");
        }
    }

    /**
     * The part of {@link #check} that holds alike for every occurrence of a series (the same therapist and the same
     * local time): whether the therapist gives this session, and whether the start is on the clinic's grid.
     */
    public static void checkTherapistAndGrid(TherapistView therapist, SessionTypeView type, Instant start,
                                             ZoneId zone, int stepMinutes) {
        if (!TherapistChoice.mayGive(therapist, type)) {
            throw new RuleViolation("therapist-not-eligible", "therapistId", "appointment.therapist.not-eligible");
        }
        if (!ClinicTime.onGrid(start, zone, stepMinutes)) {
            throw new RuleViolation("slot-off-grid", "start", "appointment.start.off-grid", stepMinutes);
        }
    }
}
