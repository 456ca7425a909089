package org.stillpoint.scheduling.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.AppointmentView;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.scheduling.Schedules;
import org.stillpoint.scheduling.Schedules.Entry;

/**
 * A therapist's own day and week: their appointments with the client's first name and last initial, the session,
 * the room and where it stands, with buttons to record attendance or a no-show once a session has started. The
 * attendance buttons also serve the front desk's day view.
 */
@Controller
class TherapistSchedulePages {

    private final Scheduling scheduling;
    private final Schedules schedules;
    private final Refusals refusals;

    TherapistSchedulePages(Scheduling scheduling, Schedules schedules, Refusals refusals) {
        this.scheduling = scheduling;
        this.schedules = schedules;
        this.refusals = refusals;
    }

    /** One day of the week view: the date and its appointments. */
    record Day(LocalDate date, List<Entry> entries) {
    }

    @GetMapping("/therapist/day")
    String day(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date, Model model) {
        model.addAttribute("therapist", schedules.me());
        LocalDate day = date == null ? scheduling.today() : date;
        model.addAttribute("date", day);
        model.addAttribute("entries", schedules.named(scheduling.appointments(day, day)));
        model.addAttribute("now", schedules.now());
        return "scheduling/therapist-day";
    }

    @GetMapping("/therapist/week")
    String week(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date, Model model) {
        model.addAttribute("therapist", schedules.me());
        LocalDate monday = (date == null ? scheduling.today() : date)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Entry> entries = schedules.named(scheduling.appointments(monday, monday.plusDays(6)));
        model.addAttribute("monday", monday);
        model.addAttribute("days", monday.datesUntil(monday.plusDays(7)).map(d -> new Day(d, entries.stream()
                .filter(e -> e.appointment().start().toLocalDate().equals(d)).toList())).toList());
        model.addAttribute("now", schedules.now());
        return "scheduling/therapist-week";
    }

    @PostMapping("/appointments/{id}/attended")
    String attended(@PathVariable UUID id, @RequestParam(required = false) String back, RedirectAttributes flash,
                    Locale locale) {
        return outcome(id, true, back, flash, locale);
    }

    @PostMapping("/appointments/{id}/no-show")
    String noShow(@PathVariable UUID id, @RequestParam(required = false) String back, RedirectAttributes flash,
                  Locale locale) {
        return outcome(id, false, back, flash, locale);
    }

    private String outcome(UUID id, boolean attended, String back, RedirectAttributes flash, Locale locale) {
        AppointmentId appointment = new AppointmentId(id);
        try {
            AppointmentView view = attended ? scheduling.markAttended(appointment) : scheduling.markMissed(appointment);
            flash.addFlashAttribute("flash", attended ? "schedule.marked-attended" : "schedule.marked-no-show");
            return "redirect:" + safeBack(back, view.start().toLocalDate());
        } catch (RuleViolation | Conflict refused) {
            flash.addFlashAttribute("problem", refusals.text(refused, locale));
            return "redirect:" + safeBack(back, scheduling.appointment(appointment).start().toLocalDate());
        }
    }

    /** Back to the schedule page the button was on; only these local pages, never another site. */
    static String safeBack(String back, LocalDate day) {
        if (back != null && back.matches("/(therapist/(day|week)|desk/day)(\\?date=\\d{4}-\\d{2}-\\d{2})?")) {
            return back;
        }
        return "/therapist/day?date=" + day;
    }
}
