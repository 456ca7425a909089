package org.stillpoint.scheduling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.NotFound;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.AppointmentStatus;
import org.stillpoint.scheduling.AppointmentView;
import org.stillpoint.scheduling.AvailabilityQuery;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.scheduling.Schedules;
import org.stillpoint.scheduling.Schedules.Entry;
import org.stillpoint.scheduling.Slot;

/**
 * Moving an appointment to another time with the same therapist: the free times of the next two weeks, grouped by
 * day, each one a button; the old time is given up only when the new one is booked (one transaction). Clients move
 * their own ({@code /me/appointments/{id}/move}), the front desk anyone's ({@code /desk/appointments/{id}/move}).
 * Inside the cancellation window a client's move counts as a late cancellation of the old time.
 */
@Controller
class MovePages {

    /** How many days of free times the page offers. */
    static final int DAYS = 14;

    private final Scheduling scheduling;
    private final Schedules schedules;
    private final MessageSource messages;
    private final Refusals refusals;

    MovePages(Scheduling scheduling, Schedules schedules, MessageSource messages, Refusals refusals) {
        this.scheduling = scheduling;
        this.schedules = schedules;
        this.messages = messages;
        this.refusals = refusals;
    }

    @GetMapping("/me/appointments/{id}/move")
    String mine(@PathVariable UUID id, @RequestParam(required = false) LocalDate from, Model model) {
        return page(id, from, "/me/appointments/" + id + "/move", "/me/appointments", model);
    }

    @GetMapping("/desk/appointments/{id}/move")
    String desk(@PathVariable UUID id, @RequestParam(required = false) LocalDate from, Model model) {
        return page(id, from, "/desk/appointments/" + id + "/move", deskDay(id), model);
    }

    @PostMapping("/me/appointments/{id}/move")
    String moveMine(@PathVariable UUID id, @RequestParam String start, @RequestParam(required = false) String key,
                    Model model, HttpServletResponse response, RedirectAttributes flash, Locale locale) {
        return move(id, start, key, "/me/appointments/" + id + "/move", "/me/appointments", model, response, flash,
                locale);
    }

    @PostMapping("/desk/appointments/{id}/move")
    String moveDesk(@PathVariable UUID id, @RequestParam String start, @RequestParam(required = false) String key,
                    Model model, HttpServletResponse response, RedirectAttributes flash, Locale locale) {
        return move(id, start, key, "/desk/appointments/" + id + "/move", deskDay(id), model, response, flash,
                locale);
    }

    private String move(UUID id, String start, String key, String action, String back, Model model,
                        HttpServletResponse response, RedirectAttributes flash, Locale locale) {
        Instant newStart;
        try {
            newStart = OffsetDateTime.parse(start).toInstant();
        } catch (DateTimeParseException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", messages.getMessage("move.bad-time", null, locale));
            return page(id, null, action, back, model);
        }
        try {
            var moved = scheduling.reschedule(new AppointmentId(id), newStart, null,
                    key == null || key.isBlank() ? null : key);
            flash.addFlashAttribute("flash", "move.moved");
            return "redirect:" + (back.startsWith("/desk/")
                    ? "/desk/day?date=" + moved.appointment().start().toLocalDate() : back);
        } catch (NotFound notFound) {
            throw notFound;
        } catch (DomainException refused) {
            refusals.show(refused, model, response, locale);
            return page(id, null, action, back, model);
        }
    }

    private String page(UUID id, LocalDate from, String action, String back, Model model) {
        AppointmentView appointment = scheduling.appointment(new AppointmentId(id));
        Entry entry = schedules.named(List.of(appointment)).get(0);
        LocalDate today = scheduling.today();
        LocalDate first = from == null || from.isBefore(today) ? today : from;
        boolean open = appointment.status() == AppointmentStatus.BOOKED
                && schedules.now().isBefore(appointment.start().toInstant());
        Map<LocalDate, List<Slot>> days = new LinkedHashMap<>();
        if (open) {
            // Staff look for the client's own rooms (their sensitivities); a client is always looking for themself.
            boolean staff = back.startsWith("/desk/");
            for (Slot slot : scheduling.availability(new AvailabilityQuery(appointment.sessionTypeId(), first,
                    first.plusDays(DAYS - 1L), appointment.therapistId(), staff ? appointment.clientId() : null))) {
                if (!slot.start().toInstant().equals(appointment.start().toInstant())) {
                    days.computeIfAbsent(slot.start().toLocalDate(), d -> new java.util.ArrayList<>()).add(slot);
                }
            }
        }
        model.addAttribute("entry", entry);
        model.addAttribute("open", open);
        model.addAttribute("days", days);
        model.addAttribute("later", first.plusDays(DAYS));
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        model.addAttribute("key", UUID.randomUUID().toString());
        return "scheduling/move";
    }

    private String deskDay(UUID id) {
        return "/desk/day?date=" + scheduling.appointment(new AppointmentId(id)).start().toLocalDate();
    }
}
