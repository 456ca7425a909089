package org.stillpoint.scheduling.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.NotFound;
import org.stillpoint.scheduling.Booking;
import org.stillpoint.scheduling.BookingRequest;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.scheduling.Schedules;
import org.stillpoint.scheduling.Slot;
import org.stillpoint.scheduling.SlotTaken;
import org.stillpoint.scheduling.TreatmentBlocked;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.TherapistView;

/**
 * Booking, one choice per step: session type, therapist or any, day, time, then a confirmation. Each step is a
 * plain GET with the choices so far as query parameters (htmx swaps only the booking area). Visitors may look at
 * free times; confirming needs a client's sign-in ({@code /book}) or the front desk or owner booking for a client
 * they picked ({@code /desk/book?client=}). The confirmation carries an idempotency key made for that form, so a
 * second submit of it returns the first booking instead of a second one.
 */
@Controller
class BookingPages {

    private static final String ANY = "any";

    private final Scheduling scheduling;
    private final Schedules schedules;
    private final FreeTimes freeTimes;
    private final Refusals refusals;

    BookingPages(Scheduling scheduling, Schedules schedules, FreeTimes freeTimes, Refusals refusals) {
        this.scheduling = scheduling;
        this.schedules = schedules;
        this.freeTimes = freeTimes;
        this.refusals = refusals;
    }

    /** The choices made so far, and the links that make the next one. */
    record Steps(String base, UUID client, SessionTypeView type, String therapist, LocalDate day) {

        public String current() {
            return type == null ? "type" : therapist == null ? "therapist" : day == null ? "day" : "time";
        }

        public String typeUrl(SessionTypeView chosen) {
            return link(base).queryParam("type", chosen.id()).toUriString();
        }

        public String therapistUrl(Object chosen) {
            return link(base).queryParam("type", type.id()).queryParam("therapist", chosen).toUriString();
        }

        public String daysUrl(LocalDate from) {
            return link(base).queryParam("type", type.id()).queryParam("therapist", therapist)
                    .queryParam("from", from).toUriString();
        }

        public String dayUrl(LocalDate chosen) {
            return link(base).queryParam("type", type.id()).queryParam("therapist", therapist)
                    .queryParam("day", chosen).toUriString();
        }

        public String confirmUrl(Slot slot) {
            return link(base + "/confirm").queryParam("type", type.id())
                    .queryParam("therapist", slot.therapistId()).queryParam("start", slot.start().toInstant().toString())
                    .toUriString();
        }

        public String restartUrl() {
            return link(base).toUriString();
        }

        private UriComponentsBuilder link(String path) {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
            return client == null ? link : link.queryParam("client", client);
        }
    }

    @GetMapping("/book")
    String book(@RequestParam(required = false) UUID type, @RequestParam(required = false) String therapist,
                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate day,
                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from, Model model,
                HttpServletResponse response, CsrfToken csrf,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restoring) {
        // A visitor's session (which holds the token of the page's forms) must exist before the long page is
        // written: once part of the response has gone out, no session cookie can be set any more.
        csrf.getToken();
        return step(new Steps("/book", null, type == null ? null : schedules.bookableType(new SessionTypeId(type)),
                therapist, day), from, null, model, response, htmx != null && restoring == null);
    }

    /** The front desk's and the owner's booking: first a client, then the same steps as a client's. */
    @GetMapping("/desk/book")
    String deskBook(@RequestParam(required = false) UUID client, @RequestParam(name = "q", required = false) String query,
                    @RequestParam(required = false) UUID type, @RequestParam(required = false) String therapist,
                    @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate day,
                    @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from, Model model,
                    HttpServletResponse response,
                    @RequestHeader(name = "HX-Request", required = false) String htmx,
                    @RequestHeader(name = "HX-History-Restore-Request", required = false) String restoring) {
        if (client == null) {
            model.addAttribute("q", query == null ? "" : query.strip());
            model.addAttribute("clients", schedules.findClients(query));
            return "scheduling/desk-book";
        }
        ClientId forClient = new ClientId(client);
        model.addAttribute("client", schedules.client(forClient));
        return step(new Steps("/desk/book", client, type == null ? null
                : schedules.bookableType(new SessionTypeId(type)), therapist, day), from, forClient, model, response,
                htmx != null && restoring == null);
    }

    private String step(Steps steps, LocalDate from, ClientId client, Model model, HttpServletResponse response,
                        boolean fragment) {
        model.addAttribute("steps", steps);
        model.addAttribute("types", schedules.bookableTypes());
        if (steps.type() != null) {
            model.addAttribute("therapists", schedules.therapistsFor(steps.type()));
        }
        TherapistId only = steps.therapist() == null ? null : therapist(steps.therapist());
        if (only != null) {
            model.addAttribute("therapistName", schedules.therapist(only).displayName());
        }
        LocalDate today = freeTimes.today();
        if (steps.therapist() != null && steps.day() == null) {
            LocalDate first = from == null || from.isBefore(today) ? today : from;
            model.addAttribute("from", first);
            model.addAttribute("next", first.plusDays(FreeTimes.DAYS));
            model.addAttribute("days", freeTimes.days(List.of(steps.type()), first,
                    first.plusDays(FreeTimes.DAYS - 1), only, client));
        }
        if (steps.day() != null) {
            model.addAttribute("slots", steps.day().isBefore(today) ? List.of()
                    : freeTimes.on(List.of(steps.type()), steps.day(), only, client));
            model.addAttribute("therapistNames", schedules.therapistNames());
        }
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return fragment ? "scheduling/book :: booking" : "scheduling/book";
    }

    @GetMapping("/book/confirm")
    String confirm(@RequestParam UUID type, @RequestParam UUID therapist, @RequestParam String start, Model model) {
        schedules.ownClient();
        return confirmation(new Steps("/book", null, schedules.bookableType(new SessionTypeId(type)), null, null),
                new TherapistId(therapist), start(start), model);
    }

    @GetMapping("/desk/book/confirm")
    String deskConfirm(@RequestParam UUID client, @RequestParam UUID type, @RequestParam UUID therapist,
                       @RequestParam String start, Model model) {
        model.addAttribute("client", schedules.client(new ClientId(client)));
        return confirmation(new Steps("/desk/book", client, schedules.bookableType(new SessionTypeId(type)), null,
                null), new TherapistId(therapist), start(start), model);
    }

    @PostMapping("/book/confirm")
    String confirmed(@RequestParam UUID type, @RequestParam UUID therapist, @RequestParam String start,
                     @RequestParam(required = false) String key, Model model, HttpServletResponse response,
                     RedirectAttributes flash, Locale locale) {
        ClientId me = schedules.ownClient();
        Steps steps = new Steps("/book", null, schedules.bookableType(new SessionTypeId(type)), null, null);
        return submit(steps, me, new TherapistId(therapist), start(start), key, model, response, flash, locale);
    }

    @PostMapping("/desk/book/confirm")
    String deskConfirmed(@RequestParam UUID client, @RequestParam UUID type, @RequestParam UUID therapist,
                         @RequestParam String start, @RequestParam(required = false) String key, Model model,
                         HttpServletResponse response, RedirectAttributes flash, Locale locale) {
        model.addAttribute("client", schedules.client(new ClientId(client)));
        Steps steps = new Steps("/desk/book", client, schedules.bookableType(new SessionTypeId(type)), null, null);
        return submit(steps, new ClientId(client), new TherapistId(therapist), start(start), key, model, response,
                flash, locale);
    }

    private String submit(Steps steps, ClientId client, TherapistId therapist, OffsetDateTime start, String key,
                          Model model, HttpServletResponse response, RedirectAttributes flash, Locale locale) {
        try {
            Booking booking = scheduling.book(new BookingRequest(client, steps.type().id(), therapist,
                    start.toInstant(), null), key == null || key.isBlank() ? null : key);
            flash.addFlashAttribute("flash", "booking.booked");
            return steps.client() == null ? "redirect:/me/appointments"
                    : "redirect:/desk/day?date=" + booking.appointment().start().toLocalDate();
        } catch (NotFound notFound) {
            throw notFound;
        } catch (DomainException refused) {
            refusals.show(refused, model, response, locale);
            if (refused instanceof SlotTaken taken) {
                model.addAttribute("alternatives", taken.alternatives());
            }
            if (refused instanceof TreatmentBlocked blocked) {
                model.addAttribute("refusal", blocked.reason());
            }
        }
        return confirmation(steps, therapist, start, model);
    }

    private String confirmation(Steps steps, TherapistId therapist, OffsetDateTime start, Model model) {
        TherapistView who = schedules.therapist(therapist);
        OffsetDateTime local = start.atZoneSameInstant(schedules.clinic().zone()).toOffsetDateTime();
        model.addAttribute("steps", steps);
        model.addAttribute("therapist", who);
        model.addAttribute("start", local);
        model.addAttribute("end", local.plusMinutes(steps.type().minutes()));
        model.addAttribute("key", UUID.randomUUID().toString());
        model.addAttribute("therapistNames", schedules.therapistNames());
        model.addAttribute("signedIn", Accounts.current().map(CurrentUser::role).orElse(null));
        return "scheduling/confirm";
    }

    private static TherapistId therapist(String value) {
        if (ANY.equals(value)) {
            return null;
        }
        try {
            return new TherapistId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new NotFound("therapist");
        }
    }

    private static OffsetDateTime start(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new NotFound("slot");
        }
    }
}
