package org.stillpoint.scheduling.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.Forms;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.NotFound;
import org.stillpoint.scheduling.Closure;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.scheduling.Schedules;
import org.stillpoint.scheduling.TimeOffId;
import org.stillpoint.scheduling.TimeOffPeriod;
import org.stillpoint.scheduling.WorkingHours;
import org.stillpoint.scheduling.WorkingTime;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.TherapistView;

/**
 * Working hours and time off: a therapist's own at {@code /therapist/hours}, any therapist's for the owner at
 * {@code /admin/therapists/{id}/hours}; the clinic's closures for the owner at {@code /admin/closures}. Every form
 * re-renders with the reason beside the field when something is wrong, and nothing is saved then.
 */
@Controller
class WorkingTimePages {

    /** Empty rows offered below the saved ones, for new stretches. */
    static final int EMPTY_ROWS = 4;

    private static final Pattern ENTRY = Pattern.compile("hours\\[(\\d+)]");

    private final WorkingTime workingTime;
    private final Scheduling scheduling;
    private final Schedules schedules;

    WorkingTimePages(WorkingTime workingTime, Scheduling scheduling, Schedules schedules) {
        this.workingTime = workingTime;
        this.scheduling = scheduling;
        this.schedules = schedules;
    }

    /** One stretch of the week as the form shows it; all empty for an unused row. */
    record Row(DayOfWeek day, @DateTimeFormat(pattern = "HH:mm") LocalTime start,
               @DateTimeFormat(pattern = "HH:mm") LocalTime end) {

        static final Row EMPTY = new Row(null, null, null);

        static Row of(WorkingHours hours) {
            return new Row(hours.day(), hours.start(), hours.end());
        }

        boolean blank() {
            return day == null && start == null && end == null;
        }
    }

    /** The week form: its rows, the saved ones first. */
    record WeekForm(List<Row> rows) {

        WeekForm {
            rows = rows == null ? List.of() : rows;
        }

        /** The same rows (a row the form left out as an empty one) followed by empty ones to fill in. */
        WeekForm withEmptyRows() {
            List<Row> all = new ArrayList<>(rows.stream().map(row -> row == null ? Row.EMPTY : row).toList());
            for (int i = 0; i < EMPTY_ROWS; i++) {
                all.add(Row.EMPTY);
            }
            return new WeekForm(all);
        }
    }

    /** Time off: whole days ({@code firstDay}–{@code lastDay}) or part of one day ({@code day}, start to end). */
    record TimeOffForm(@DateTimeFormat(iso = ISO.DATE) LocalDate firstDay,
                       @DateTimeFormat(iso = ISO.DATE) LocalDate lastDay,
                       @DateTimeFormat(iso = ISO.DATE) LocalDate day,
                       @DateTimeFormat(pattern = "HH:mm") LocalTime start,
                       @DateTimeFormat(pattern = "HH:mm") LocalTime end, String reason) {

        static final TimeOffForm EMPTY = new TimeOffForm(null, null, null, null, null, null);

        /** The period asked for, or null with the fields to fill in named (beside them) when it cannot be read. */
        TimeOffPeriod toPeriod(BindingResult errors) {
            if (day != null || start != null || end != null) {
                required(day, "day", errors);
                required(start, "start", errors);
                required(end, "end", errors);
                if (firstDay != null || lastDay != null) {
                    errors.rejectValue("firstDay", "time-off.days-or-times");
                }
                return errors.hasErrors() ? null
                        : new TimeOffPeriod.LocalStretch(day.atTime(start), day.atTime(end));
            }
            required(firstDay, "firstDay", errors);
            return errors.hasErrors() ? null
                    : new TimeOffPeriod.WholeDays(firstDay, lastDay == null ? firstDay : lastDay);
        }
    }

    /** The closure form: a day and why. */
    record ClosureForm(@DateTimeFormat(iso = ISO.DATE) LocalDate date, String reason) {

        static final ClosureForm EMPTY = new ClosureForm(null, null);
    }

    /** Names an empty field beside it, unless it already has a reason there (a value that could not be read). */
    private static void required(Object value, String field, BindingResult errors) {
        if (value == null && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "field.required");
        }
    }

    // --- working hours and time off ---

    @GetMapping({"/therapist/hours", "/admin/therapists/{id}/hours"})
    String hours(@PathVariable(required = false) UUID id, Model model) {
        TherapistView therapist = whose(id);
        return page(therapist, id, savedWeek(therapist), null, TimeOffForm.EMPTY, null, model);
    }

    @PostMapping({"/therapist/hours", "/admin/therapists/{id}/hours"})
    String saveHours(@PathVariable(required = false) UUID id, @ModelAttribute("week") WeekForm week,
                     BindingResult errors, Model model, RedirectAttributes flash) {
        TherapistView therapist = whose(id);
        List<WorkingHours> hours = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int i = 0; i < week.rows().size(); i++) {
            Row row = week.rows().get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String at = "rows[" + i + "].";
            required(row.day(), at + "day", errors);
            required(row.start(), at + "start", errors);
            required(row.end(), at + "end", errors);
            if (row.day() != null && row.start() != null && row.end() != null) {
                if (!row.start().isBefore(row.end())) {
                    errors.rejectValue(at + "end", "working-hours.end-before-start");
                } else {
                    hours.add(new WorkingHours(row.day(), row.start(), row.end()));
                    rowOf.add(i);
                }
            }
        }
        if (!errors.hasErrors()) {
            try {
                workingTime.replaceWorkingHours(therapist.id(), hours);
                flash.addFlashAttribute("flash", "working-time.hours-saved");
                return "redirect:" + base(id);
            } catch (InvalidInput invalid) {
                for (InvalidInput.FieldMessage field : invalid.fields()) {
                    Matcher entry = ENTRY.matcher(field.field());
                    if (entry.matches()) {
                        // The facade names the entry by its place in the list it was given; the page by its row.
                        errors.rejectValue("rows[" + rowOf.get(Integer.parseInt(entry.group(1))) + "].start",
                                field.messageKey(), new Object[] {rowNumber(field, rowOf)}, field.messageKey());
                    } else {
                        errors.reject(field.messageKey(), field.args().toArray(), field.messageKey());
                    }
                }
            }
        }
        return page(therapist, id, week, errors, TimeOffForm.EMPTY, null, model);
    }

    /** "Overlaps entry {0}": the facade counts the entries it was given; the page shows the row's number. */
    private static int rowNumber(InvalidInput.FieldMessage field, List<Integer> rowOf) {
        if (!field.args().isEmpty() && field.args().get(0) instanceof Integer other && other >= 1
                && other <= rowOf.size()) {
            return rowOf.get(other - 1) + 1;
        }
        return 0;
    }

    @PostMapping({"/therapist/hours/time-off", "/admin/therapists/{id}/hours/time-off"})
    String addTimeOff(@PathVariable(required = false) UUID id, @ModelAttribute("timeOff") TimeOffForm form,
                      BindingResult errors, Model model, RedirectAttributes flash) {
        TherapistView therapist = whose(id);
        TimeOffPeriod period = form.toPeriod(errors);
        if (period != null) {
            try {
                workingTime.addTimeOff(therapist.id(), period, form.reason());
                flash.addFlashAttribute("flash", "working-time.time-off-added");
                return "redirect:" + base(id);
            } catch (DomainException refused) {
                if (refused instanceof NotFound) {
                    throw refused;
                }
                Forms.reject(errors, refused, null);
            }
        }
        return page(therapist, id, savedWeek(therapist), null, form, errors, model);
    }

    @PostMapping({"/therapist/hours/time-off/{timeOffId}/delete",
            "/admin/therapists/{id}/hours/time-off/{timeOffId}/delete"})
    String removeTimeOff(@PathVariable(required = false) UUID id, @PathVariable UUID timeOffId,
                         RedirectAttributes flash) {
        workingTime.removeTimeOff(whose(id).id(), new TimeOffId(timeOffId));
        flash.addFlashAttribute("flash", "working-time.time-off-removed");
        return "redirect:" + base(id);
    }

    private WeekForm savedWeek(TherapistView therapist) {
        return new WeekForm(workingTime.workingHours(therapist.id()).stream().map(Row::of).toList());
    }

    private String page(TherapistView therapist, UUID id, WeekForm week, BindingResult weekErrors,
                        TimeOffForm timeOff, BindingResult timeOffErrors, Model model) {
        // The posted rows keep their places, so that each reason stays beside its row; empty ones follow.
        WeekForm shown = week.withEmptyRows();
        BindingResult errors = new BeanPropertyBindingResult(shown, "week");
        if (weekErrors != null) {
            errors.addAllErrors(weekErrors);
        }
        model.addAttribute("therapist", therapist);
        model.addAttribute("base", base(id));
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("week", shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "week", errors);
        model.addAttribute("timeOff", timeOff);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "timeOff",
                timeOffErrors != null ? timeOffErrors : new BeanPropertyBindingResult(timeOff, "timeOff"));
        LocalDate today = scheduling.today();
        model.addAttribute("timeOffList", workingTime.timeOff(therapist.id(), today, today.plusYears(1)));
        return "scheduling/hours";
    }

    private TherapistView whose(UUID id) {
        return id == null ? schedules.me() : schedules.therapist(new TherapistId(id));
    }

    private static String base(UUID id) {
        return id == null ? "/therapist/hours" : "/admin/therapists/" + id + "/hours";
    }

    // --- closures ---

    @GetMapping("/admin/closures")
    String closures(Model model) {
        return closuresPage(ClosureForm.EMPTY, null, model);
    }

    @PostMapping("/admin/closures")
    String close(@ModelAttribute("closure") ClosureForm form, BindingResult errors, Model model,
                 RedirectAttributes flash) {
        required(form.date(), "date", errors);
        if (!errors.hasErrors()) {
            try {
                workingTime.close(form.date(), form.reason());
                flash.addFlashAttribute("flash", "working-time.closure-added");
                return "redirect:/admin/closures";
            } catch (DomainException refused) {
                Forms.reject(errors, refused, "date");
            }
        }
        return closuresPage(form, errors, model);
    }

    @PostMapping("/admin/closures/{date}/reopen")
    String reopen(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, RedirectAttributes flash) {
        workingTime.reopen(date);
        flash.addFlashAttribute("flash", "working-time.closure-removed");
        return "redirect:/admin/closures";
    }

    private String closuresPage(ClosureForm form, BindingResult errors, Model model) {
        LocalDate today = scheduling.today();
        List<Closure> closures = workingTime.closures(today, today.plusYears(1));
        model.addAttribute("closures", closures);
        model.addAttribute("closure", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "closure",
                errors != null ? errors : new BeanPropertyBindingResult(form, "closure"));
        return "scheduling/closures";
    }
}
