package org.stillpoint.scheduling.web;

import java.net.URI;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;
import org.stillpoint.scheduling.Closure;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.scheduling.TimeOffId;
import org.stillpoint.scheduling.TimeOffPeriod;
import org.stillpoint.scheduling.TimeOffView;
import org.stillpoint.scheduling.WorkingHours;
import org.stillpoint.scheduling.WorkingTime;
import org.stillpoint.therapists.TherapistId;

/**
 * Working time for programs: a therapist's weekly hours and time off, and the clinic's closures. Local times and
 * dates are in the clinic's zone; time off may also be given between two instants (date-times with an offset).
 */
@RestController
class WorkingTimeApiController {

    private final WorkingTime workingTime;
    private final Scheduling scheduling;

    WorkingTimeApiController(WorkingTime workingTime, Scheduling scheduling) {
        this.workingTime = workingTime;
        this.scheduling = scheduling;
    }

    @GetMapping("/api/v1/therapists/{id}/working-hours")
    WeekResponse workingHours(@PathVariable UUID id) {
        return WeekResponse.of(id, workingTime.workingHours(new TherapistId(id)));
    }

    /** Replaces the whole week; 400 naming each entry that ends before it starts or overlaps another. */
    @PutMapping("/api/v1/therapists/{id}/working-hours")
    WeekResponse replaceWorkingHours(@PathVariable UUID id, @Valid @RequestBody WeekForm form) {
        return WeekResponse.of(id, workingTime.replaceWorkingHours(new TherapistId(id), form.toHours()));
    }

    /** Time off overlapping the days {@code from}–{@code to}; from today for a year by default. */
    @GetMapping("/api/v1/therapists/{id}/time-off")
    List<TimeOffResponse> timeOff(@PathVariable UUID id,
                                  @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        LocalDate first = from != null ? from : scheduling.today();
        LocalDate last = to != null ? to : first.plusYears(1);
        return workingTime.timeOff(new TherapistId(id), first, last).stream().map(TimeOffResponse::of).toList();
    }

    @PostMapping("/api/v1/therapists/{id}/time-off")
    ResponseEntity<TimeOffResponse> addTimeOff(@PathVariable UUID id, @Valid @RequestBody TimeOffForm form) {
        TimeOffView added = workingTime.addTimeOff(new TherapistId(id), form.toPeriod(), form.reason());
        return ResponseEntity.created(URI.create("/api/v1/therapists/" + id + "/time-off/" + added.id()))
                .body(TimeOffResponse.of(added));
    }

    @DeleteMapping("/api/v1/therapists/{id}/time-off/{timeOffId}")
    ResponseEntity<Void> removeTimeOff(@PathVariable UUID id, @PathVariable UUID timeOffId) {
        workingTime.removeTimeOff(new TherapistId(id), new TimeOffId(timeOffId));
        return ResponseEntity.noContent().build();
    }

    /** The days the clinic is closed from {@code from} to {@code to}; from today for a year by default. */
    @GetMapping("/api/v1/closures")
    List<Closure> closures(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        LocalDate first = from != null ? from : scheduling.today();
        LocalDate last = to != null ? to : first.plusYears(1);
        return workingTime.closures(first, last);
    }

    @PostMapping("/api/v1/closures")
    ResponseEntity<Closure> close(@Valid @RequestBody ClosureForm form) {
        Closure closure = workingTime.close(form.date(), form.reason());
        return ResponseEntity.created(URI.create("/api/v1/closures/" + closure.date())).body(closure);
    }

    @DeleteMapping("/api/v1/closures/{date}")
    ResponseEntity<Void> reopen(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        workingTime.reopen(date);
        return ResponseEntity.noContent().build();
    }

    record HoursForm(@NotNull(message = "{field.required}") DayOfWeek day,
                     @NotNull(message = "{field.required}") LocalTime start,
                     @NotNull(message = "{field.required}") LocalTime end) {
    }

    record WeekForm(@NotNull(message = "{field.required}") @Size(max = 70, message = "{field.too-long}")
                    List<@NotNull(message = "{field.required}") @Valid HoursForm> hours) {

        List<WorkingHours> toHours() {
            List<FieldMessage> problems = new ArrayList<>();
            for (int i = 0; i < hours.size(); i++) {
                if (!hours.get(i).start().isBefore(hours.get(i).end())) {
                    problems.add(new FieldMessage("hours[" + i + "].end", "working-hours.end-before-start",
                            List.of()));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput("invalid-working-hours", "working-hours.invalid", problems);
            }
            return hours.stream().map(h -> new WorkingHours(h.day(), h.start(), h.end())).toList();
        }
    }

    record WeekResponse(UUID therapistId, List<HoursResponse> hours) {
        static WeekResponse of(UUID therapist, List<WorkingHours> hours) {
            return new WeekResponse(therapist, hours.stream().map(HoursResponse::of).toList());
        }
    }

    /** Times as the clinic writes them: {@code 09:00} (seconds only when there are any). */
    record HoursResponse(DayOfWeek day, String start, String end) {
        static HoursResponse of(WorkingHours hours) {
            return new HoursResponse(hours.day(), hours.start().toString(), hours.end().toString());
        }
    }

    /**
     * Whole days ({@code firstDay}–{@code lastDay}, both inclusive) or a stretch from {@code start} to {@code end},
     * both either local date-times in the clinic's zone ({@code 2026-05-04T12:00}) or instants with an offset.
     */
    record TimeOffForm(LocalDate firstDay, LocalDate lastDay, String start, String end,
                       @Size(max = 200, message = "{field.too-long}") String reason) {

        TimeOffPeriod toPeriod() {
            List<FieldMessage> problems = new ArrayList<>();
            if (firstDay != null || lastDay != null) {
                if (start != null || end != null) {
                    problems.add(new FieldMessage("start", "time-off.days-or-times", List.of()));
                }
                required(firstDay, "firstDay", problems);
                required(lastDay, "lastDay", problems);
                check(problems);
                return new TimeOffPeriod.WholeDays(firstDay, lastDay);
            }
            required(start, "start", problems);
            required(end, "end", problems);
            check(problems);
            Object from = parse(start, "start", problems);
            Object until = parse(end, "end", problems);
            check(problems);
            if (from instanceof Instant a && until instanceof Instant b) {
                return new TimeOffPeriod.Stretch(a, b);
            }
            if (from instanceof LocalDateTime a && until instanceof LocalDateTime b) {
                return new TimeOffPeriod.LocalStretch(a, b);
            }
            problems.add(new FieldMessage("end", "time-off.mixed-times", List.of()));
            check(problems);
            throw new IllegalStateException("unreachable");
        }

        private static void required(Object value, String field, List<FieldMessage> problems) {
            if (value == null) {
                problems.add(new FieldMessage(field, "field.required", List.of()));
            }
        }

        private static Object parse(String text, String field, List<FieldMessage> problems) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeException withoutOffset) {
                try {
                    return LocalDateTime.parse(text);
                } catch (DateTimeException e) {
                    problems.add(new FieldMessage(field, "time-off.not-a-time", List.of()));
                    return null;
                }
            }
        }

        private static void check(List<FieldMessage> problems) {
            if (!problems.isEmpty()) {
                throw new InvalidInput("invalid-time-off", "problem.validation", problems);
            }
        }
    }

    record TimeOffResponse(UUID id, UUID therapistId, OffsetDateTime start, OffsetDateTime end, LocalDate firstDay,
                           LocalDate lastDay, String reason) {
        static TimeOffResponse of(TimeOffView t) {
            return new TimeOffResponse(t.id().value(), t.therapistId().value(), t.start(), t.end(), t.firstDay(),
                    t.lastDay(), t.reason());
        }
    }

    record ClosureForm(@NotNull(message = "{field.required}") LocalDate date,
                       @Size(max = 200, message = "{field.too-long}") String reason) {
    }
}
