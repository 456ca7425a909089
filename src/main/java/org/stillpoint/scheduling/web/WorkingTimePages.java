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
    public static class Row {
        private DayOfWeek day;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime start;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime end;

        public Row() {
        }

        Row(WorkingHours hours) {
            this.day = hours.day();
            this.start = hours.start();
            this.end = hours.end();
        }

        boolean blank() {
            return day == null && start == null && end == null;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek day) {
            this.day = day;
        }

        public LocalTime getStart() {
            return start;
        }

        public void setStart(LocalTime start) {
            this.start = start;
        }

        public LocalTime getEnd() {
            return end;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }
    }

    /** The week form: its rows. */
    public static class WeekForm {
        private List<Row> rows = new ArrayList<>();

        public List<Row> getRows() {
            return rows;
        }

        public void setRows(List<Row> rows) {
            this.rows = rows;
        }
    }

    /** Time off: whole days ({@code firstDay}–{@code lastDay}) or part of one day ({@code day}, start to end). */
    public static class TimeOffForm {
        @DateTimeFormat(iso = ISO.DATE)
        private LocalDate firstDay;
        @DateTimeFormat(iso = ISO.DATE)
        private LocalDate lastDay;
        @DateTimeFormat(iso = ISO.DATE)
        private LocalDate day;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime start;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime end;
        private String reason;

        public LocalDate getFirstDay() {
            return firstDay;
        }

        public void setFirstDay(LocalDate firstDay) {
            this.firstDay = firstDay;
        }

        public LocalDate getLastDay() {
            return lastDay;
        }

        public void setLastDay(LocalDate lastDay) {
            this.lastDay = lastDay;
        }

        public LocalDate getDay() {
            return day;
        }

        public void setDay(LocalDate day) {
            this.day = day;
        }

        public LocalTime getStart() {
            return start;
        }

        public void setStart(LocalTime start) {
            this.start = start;
        }

        public LocalTime getEnd() {
            return end;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        /** The period asked for, or the fields to fill in (beside them) when it cannot be read. */
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

        private static void required(Object value, String field, BindingResult errors) {
            if (value == null && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "field.required");
            }
        }
    }

    /** The closure form: a day and why. */
    public static class ClosureForm {
        @DateTimeFormat(iso = ISO.DATE)
        private LocalDate date;
        private String reason;

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    // --- working hours and time off ---

    @GetMapping({"/therapist/hours", "/admin/therapists/{id}/hours"})
    String hours(@PathVariable(required = false) UUID id, Model model) {
        TherapistView therapist = whose(id);
        WeekForm week = new WeekForm();
        workingTime.workingHours(therapist.id()).forEach(h -> week.getRows().add(new Row(h)));
        return page(therapist, id, week, null, new TimeOffForm(), null, model);
    }

    @PostMapping({"/therapist/hours", "/admin/therapists/{id}/hours"})
    String saveHours(@PathVariable(required = false) UUID id, @ModelAttribute("week") WeekForm week,
                     BindingResult errors, Model model, RedirectAttributes flash) {
        TherapistView therapist = whose(id);
        List<WorkingHours> hours = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int i = 0; i < week.getRows().size(); i++) {
            Row row = week.getRows().get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String at = "rows[" + i + "].";
            if (row.getDay() == null && !errors.hasFieldErrors(at + "day")) {
                errors.rejectValue(at + "day", "field.required");
            }
            if (row.getStart() == null && !errors.hasFieldErrors(at + "start")) {
                errors.rejectValue(at + "start", "field.required");
            }
            if (row.getEnd() == null && !errors.hasFieldErrors(at + "end")) {
                errors.rejectValue(at + "end", "field.required");
            }
            if (row.getDay() != null && row.getStart() != null && row.getEnd() != null) {
                if (!row.getStart().isBefore(row.getEnd())) {
                    errors.rejectValue(at + "end", "working-hours.end-before-start");
                } else {
                    hours.add(new WorkingHours(row.getDay(), row.getStart(), row.getEnd()));
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
        return page(therapist, id, week, errors, new TimeOffForm(), null, model);
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
                workingTime.addTimeOff(therapist.id(), period, form.getReason());
                flash.addFlashAttribute("flash", "working-time.time-off-added");
                return "redirect:" + base(id);
            } catch (DomainException refused) {
                if (refused instanceof NotFound) {
                    throw refused;
                }
                Forms.reject(errors, refused, null);
            }
        }
        WeekForm week = new WeekForm();
        workingTime.workingHours(therapist.id()).forEach(h -> week.getRows().add(new Row(h)));
        return page(therapist, id, week, null, form, errors, model);
    }

    @PostMapping({"/therapist/hours/time-off/{timeOffId}/delete",
            "/admin/therapists/{id}/hours/time-off/{timeOffId}/delete"})
    String removeTimeOff(@PathVariable(required = false) UUID id, @PathVariable UUID timeOffId,
                         RedirectAttributes flash) {
        workingTime.removeTimeOff(whose(id).id(), new TimeOffId(timeOffId));
        flash.addFlashAttribute("flash", "working-time.time-off-removed");
        return "redirect:" + base(id);
    }

    private String page(TherapistView therapist, UUID id, WeekForm week, BindingResult weekErrors,
                        TimeOffForm timeOff, BindingResult timeOffErrors, Model model) {
        for (int i = 0; i < EMPTY_ROWS; i++) {
            week.getRows().add(new Row());
        }
        model.addAttribute("therapist", therapist);
        model.addAttribute("base", base(id));
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("week", week);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "week",
                weekErrors != null ? weekErrors : new BeanPropertyBindingResult(week, "week"));
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
        return closuresPage(new ClosureForm(), null, model);
    }

    @PostMapping("/admin/closures")
    String close(@ModelAttribute("closure") ClosureForm form, BindingResult errors, Model model,
                 RedirectAttributes flash) {
        if (form.getDate() == null && !errors.hasFieldErrors("date")) {
            errors.rejectValue("date", "field.required");
        }
        if (!errors.hasErrors()) {
            try {
                workingTime.close(form.getDate(), form.getReason());
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
