package org.stillpoint.scheduling.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.NotFound;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.Booking;
import org.stillpoint.scheduling.BookingRequest;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.scheduling.Schedules;
import org.stillpoint.scheduling.TreatmentBlocked;
import org.stillpoint.therapists.TherapistId;

/**
 * "I have a migraine now": one dark screen with today's earliest acute-relief times, each one button that books it
 * at once (the second tap after the home page's). With none left today it says so and offers the next day's
 * earliest and the clinic's phone.
 */
@Controller
class AcuteReliefPage {

    /** How many times the screen offers: few, so the choice stays easy during an attack. */
    static final int OFFERED = 4;

    private final Scheduling scheduling;
    private final Schedules schedules;
    private final FreeTimes freeTimes;
    private final Refusals refusals;

    AcuteReliefPage(Scheduling scheduling, Schedules schedules, FreeTimes freeTimes, Refusals refusals) {
        this.scheduling = scheduling;
        this.schedules = schedules;
        this.freeTimes = freeTimes;
        this.refusals = refusals;
    }

    @GetMapping("/now")
    String now(Model model) {
        return show(schedules.ownClient(), model);
    }

    @PostMapping("/now")
    String book(@RequestParam UUID type, @RequestParam UUID therapist, @RequestParam String start,
                @RequestParam(required = false) String key, Model model, HttpServletResponse response,
                Locale locale) {
        ClientId me = schedules.ownClient();
        SessionTypeView acute = acuteType().filter(t -> t.id().equals(new SessionTypeId(type)))
                .orElseThrow(() -> new NotFound("session-type"));
        try {
            Booking booking = scheduling.book(new BookingRequest(me, acute.id(), new TherapistId(therapist),
                    instant(start), null), key == null || key.isBlank() ? null : key);
            return "redirect:/now/booked/" + booking.appointment().id();
        } catch (NotFound notFound) {
            throw notFound;
        } catch (DomainException refused) {
            refusals.show(refused, model, response, locale);
            if (refused instanceof TreatmentBlocked blocked) {
                model.addAttribute("refusal", blocked.reason());
            }
            return show(me, model);
        }
    }

    @GetMapping("/now/booked/{id}")
    String booked(@PathVariable UUID id, Model model) {
        schedules.ownClient();
        model.addAttribute("entry", schedules.named(List.of(scheduling.appointment(new AppointmentId(id)))).get(0));
        model.addAttribute("clinic", schedules.clinic());
        return "scheduling/now-booked";
    }

    private String show(ClientId me, Model model) {
        model.addAttribute("clinic", schedules.clinic());
        model.addAttribute("key", UUID.randomUUID().toString());
        model.addAttribute("therapistNames", schedules.therapistNames());
        var type = acuteType();
        model.addAttribute("type", type.orElse(null));
        if (type.isEmpty()) {
            return "scheduling/now";
        }
        List<SessionTypeView> types = List.of(type.get());
        LocalDate today = freeTimes.today();
        var slots = freeTimes.on(types, today, null, me);
        model.addAttribute("today", slots.stream().limit(OFFERED).toList());
        if (slots.isEmpty()) {
            FreeTimes.Day later = freeTimes.firstFrom(types, today.plusDays(1), me);
            model.addAttribute("later", later == null ? null
                    : new FreeTimes.Day(later.date(), later.slots().stream().limit(OFFERED - 1).toList()));
        }
        return "scheduling/now";
    }

    private java.util.Optional<SessionTypeView> acuteType() {
        return schedules.bookableTypes().stream().filter(t -> t.kind() == SessionKind.ACUTE_RELIEF).findFirst();
    }

    private static java.time.Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new NotFound("slot");
        }
    }
}
