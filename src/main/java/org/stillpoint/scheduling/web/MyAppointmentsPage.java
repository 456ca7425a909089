package org.stillpoint.scheduling.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

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
import org.stillpoint.scheduling.AppointmentStatus;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.scheduling.Schedules;
import org.stillpoint.scheduling.Schedules.Entry;

/**
 * The client's appointments, upcoming and past, and cancelling one after a confirmation that says whether it
 * would count as late (inside the clinic's cancellation window). The front desk cancels through the same
 * confirmation from its day view ({@code /desk/appointments/{id}/cancel}).
 */
@Controller
class MyAppointmentsPage {

    /** How far back the list of past appointments reaches, and how far ahead the upcoming ones. */
    static final int PAST_DAYS = 270;
    static final int AHEAD_DAYS = 95;

    private final Scheduling scheduling;
    private final Schedules schedules;
    private final Refusals refusals;

    MyAppointmentsPage(Scheduling scheduling, Schedules schedules, Refusals refusals) {
        this.scheduling = scheduling;
        this.schedules = schedules;
        this.refusals = refusals;
    }

    @GetMapping("/me/appointments")
    String list(Model model) {
        schedules.ownClient();
        LocalDate today = scheduling.today();
        Instant now = schedules.now();
        List<Entry> all = schedules.named(scheduling.appointments(today.minusDays(PAST_DAYS),
                today.plusDays(AHEAD_DAYS)));
        model.addAttribute("upcoming", all.stream().filter(e -> e.appointment().end().toInstant().isAfter(now))
                .toList());
        model.addAttribute("past", all.stream().filter(e -> !e.appointment().end().toInstant().isAfter(now))
                .sorted(Comparator.comparing((Entry e) -> e.appointment().start()).reversed()).toList());
        model.addAttribute("windowHours", schedules.clinic().cancellationWindow().toHours());
        model.addAttribute("now", now);
        return "scheduling/my-appointments";
    }

    @GetMapping("/me/appointments/{id}/cancel")
    String confirmCancel(@PathVariable UUID id, Model model) {
        schedules.ownClient();
        return cancelPage(id, "/me/appointments/" + id + "/cancel", "/me/appointments", model);
    }

    @PostMapping("/me/appointments/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
                  HttpServletResponse response, RedirectAttributes flash, Locale locale) {
        schedules.ownClient();
        return cancelled(id, reason, "/me/appointments/" + id + "/cancel", "/me/appointments", model, response,
                flash, locale);
    }

    @GetMapping("/desk/appointments/{id}/cancel")
    String deskConfirmCancel(@PathVariable UUID id, Model model) {
        return cancelPage(id, "/desk/appointments/" + id + "/cancel", deskDay(id), model);
    }

    @PostMapping("/desk/appointments/{id}/cancel")
    String deskCancel(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
                      HttpServletResponse response, RedirectAttributes flash, Locale locale) {
        return cancelled(id, reason, "/desk/appointments/" + id + "/cancel", deskDay(id), model, response, flash,
                locale);
    }

    private String deskDay(UUID id) {
        return "/desk/day?date=" + scheduling.appointment(new AppointmentId(id)).start().toLocalDate();
    }

    private String cancelled(UUID id, String reason, String action, String back, Model model,
                             HttpServletResponse response, RedirectAttributes flash, Locale locale) {
        try {
            scheduling.cancel(new AppointmentId(id), reason == null || reason.isBlank() ? null : reason.strip());
            flash.addFlashAttribute("flash", "appointments.cancelled");
            return "redirect:" + back;
        } catch (RuleViolation | Conflict refused) {
            refusals.show(refused, model, response, locale);
            model.addAttribute("reason", reason);
            return cancelPage(id, action, back, model);
        }
    }

    private String cancelPage(UUID id, String action, String back, Model model) {
        Entry entry = schedules.named(List.of(scheduling.appointment(new AppointmentId(id)))).get(0);
        Duration window = schedules.clinic().cancellationWindow();
        Instant start = entry.appointment().start().toInstant();
        Instant now = schedules.now();
        model.addAttribute("entry", entry);
        model.addAttribute("open", entry.appointment().status() == AppointmentStatus.BOOKED && now.isBefore(start));
        model.addAttribute("late", !window.isZero() && now.isAfter(start.minus(window)));
        model.addAttribute("windowHours", window.toHours());
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        return "scheduling/cancel";
    }
}
