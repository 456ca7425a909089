package org.stillpoint.scheduling.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.AppointmentStatus;
import org.stillpoint.scheduling.AppointmentView;
import org.stillpoint.scheduling.Booking;
import org.stillpoint.scheduling.BookingRequest;
import org.stillpoint.scheduling.Rescheduling;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.therapists.TherapistId;

/**
 * Appointments for programs: book (with an optional {@code Idempotency-Key}), list, read, cancel, reschedule, and
 * record attendance or a no-show. Times are ISO-8601 with the clinic's offset.
 */
@RestController
@RequestMapping("/api/v1/appointments")
class AppointmentApiController {

    /** Set on the answer to a retried booking that returns the appointment the first request booked. */
    static final String REPLAYED = "Idempotent-Replayed";

    private final Scheduling scheduling;

    AppointmentApiController(Scheduling scheduling) {
        this.scheduling = scheduling;
    }

    /** 201 with the appointment; 409 with the nearest free alternatives if the slot is taken; 422 with the reason. */
    @PostMapping
    ResponseEntity<AppointmentResponse> book(@Valid @RequestBody BookingForm form,
                                             @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Booking booking = scheduling.book(form.toRequest(), key);
        AppointmentView appointment = booking.appointment();
        return created("/api/v1/appointments/" + appointment.id(), booking.replayed(),
                AppointmentResponse.of(appointment));
    }

    /** 201 at {@code location}, marked as replayed when an earlier request with the same key made it. */
    static <T> ResponseEntity<T> created(String location, boolean replayed, T body) {
        var answer = ResponseEntity.created(URI.create(location));
        if (replayed) {
            answer.header(REPLAYED, "true");
        }
        return answer.body(body);
    }

    /** The caller's appointments starting on the days {@code from}–{@code to}; today and the next 30 by default. */
    @GetMapping
    List<AppointmentResponse> list(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        LocalDate first = from != null ? from : scheduling.today();
        LocalDate last = to != null ? to : first.plusDays(30);
        return scheduling.appointments(first, last).stream().map(AppointmentResponse::of).toList();
    }

    @GetMapping("/{id}")
    AppointmentResponse one(@PathVariable UUID id) {
        return AppointmentResponse.of(scheduling.appointment(new AppointmentId(id)));
    }

    @PostMapping("/{id}/cancel")
    AppointmentResponse cancel(@PathVariable UUID id, @Valid @RequestBody(required = false) CancelForm form) {
        return AppointmentResponse.of(scheduling.cancel(new AppointmentId(id), form == null ? null : form.reason()));
    }

    /**
     * Moves the appointment to {@code start} (with {@code therapistId}, or the same therapist): 201 with the new
     * appointment and the old one, now cancelled; 409 with the nearest free alternatives when the new time is taken,
     * and the old appointment stays as it was.
     */
    @PostMapping("/{id}/reschedule")
    ResponseEntity<RescheduleResponse> reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleForm form,
                                                  @RequestHeader(name = "Idempotency-Key", required = false)
                                                  String key) {
        Rescheduling moved = scheduling.reschedule(new AppointmentId(id), form.start().toInstant(),
                form.therapistId() == null ? null : new TherapistId(form.therapistId()), key);
        return created("/api/v1/appointments/" + moved.appointment().id(), moved.replayed(),
                new RescheduleResponse(AppointmentResponse.of(moved.appointment()),
                        AppointmentResponse.of(moved.previous())));
    }

    @PostMapping("/{id}/attended")
    AppointmentResponse attended(@PathVariable UUID id) {
        return AppointmentResponse.of(scheduling.markAttended(new AppointmentId(id)));
    }

    @PostMapping("/{id}/no-show")
    AppointmentResponse noShow(@PathVariable UUID id) {
        return AppointmentResponse.of(scheduling.markMissed(new AppointmentId(id)));
    }

    record BookingForm(@NotNull(message = "{field.required}") UUID clientId,
                       @NotNull(message = "{field.required}") UUID sessionTypeId,
                       @NotNull(message = "{field.required}") UUID therapistId,
                       @NotNull(message = "{field.required}") OffsetDateTime start,
                       UUID roomId) {

        BookingRequest toRequest() {
            return new BookingRequest(new ClientId(clientId), new SessionTypeId(sessionTypeId),
                    new TherapistId(therapistId), start.toInstant(), roomId == null ? null : new RoomId(roomId));
        }
    }

    record RescheduleForm(@NotNull(message = "{field.required}") OffsetDateTime start, UUID therapistId) {
    }

    record RescheduleResponse(AppointmentResponse appointment, AppointmentResponse previous) {
    }

    record CancelForm(@Size(max = 300, message = "{field.too-long}") String reason) {
    }

    record AppointmentResponse(UUID id, UUID clientId, UUID therapistId, UUID roomId, UUID sessionTypeId,
                               OffsetDateTime start, OffsetDateTime end, AppointmentStatus status,
                               boolean lateCancellation, OffsetDateTime bookedAt, OffsetDateTime cancelledAt,
                               UUID seriesId) {
        static AppointmentResponse of(AppointmentView a) {
            return new AppointmentResponse(a.id().value(), a.clientId().value(), a.therapistId().value(),
                    a.roomId().value(), a.sessionTypeId().value(), a.start(), a.end(), a.status(),
                    a.lateCancellation(), a.bookedAt(), a.cancelledAt(),
                    a.seriesId() == null ? null : a.seriesId().value());
        }
    }
}
