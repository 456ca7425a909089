package org.stillpoint.scheduling.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.Recurrence;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.scheduling.SeriesBooking;
import org.stillpoint.scheduling.SeriesCancellation;
import org.stillpoint.scheduling.SeriesConflict;
import org.stillpoint.scheduling.SeriesId;
import org.stillpoint.scheduling.SeriesRequest;
import org.stillpoint.scheduling.SeriesView;
import org.stillpoint.scheduling.web.AppointmentApiController.AppointmentResponse;
import org.stillpoint.scheduling.web.AvailabilityApiController.SlotResponse;
import org.stillpoint.therapists.TherapistId;

/**
 * Series of appointments for programs: book one (with an optional {@code Idempotency-Key}), read it, cancel the
 * rest of it. Times are ISO-8601 with the clinic's offset.
 */
@RestController
@RequestMapping("/api/v1/appointment-series")
class AppointmentSeriesApiController {

    private final Scheduling scheduling;

    AppointmentSeriesApiController(Scheduling scheduling) {
        this.scheduling = scheduling;
    }

    /**
     * 201 with the booked appointments and, per occurrence that could not be booked, the conflict; 409 with the
     * conflicts when none could be booked; 400 naming {@code every} or {@code count}; 422 when treatment is refused.
     */
    @PostMapping
    ResponseEntity<SeriesResponse> book(@Valid @RequestBody SeriesForm form,
                                        @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        SeriesBooking booking = scheduling.bookSeries(form.toRequest(), key);
        return AppointmentApiController.created("/api/v1/appointment-series/" + booking.series().id(),
                booking.replayed(), SeriesResponse.of(booking.series()));
    }

    @GetMapping("/{id}")
    SeriesResponse one(@PathVariable UUID id) {
        return SeriesResponse.of(scheduling.series(new SeriesId(id)));
    }

    /** Cancels the occurrences from {@code from} (a day or one of the series' appointment ids) on; by default all. */
    @PostMapping("/{id}/cancel")
    SeriesResponse cancel(@PathVariable UUID id, @Valid @RequestBody(required = false) CancelSeriesForm form) {
        return SeriesResponse.of(scheduling.cancelSeries(new SeriesId(id),
                form == null ? SeriesCancellation.rest(null) : form.toCancellation()));
    }

    record SeriesForm(@NotNull(message = "{field.required}") UUID clientId,
                      @NotNull(message = "{field.required}") UUID sessionTypeId,
                      @NotNull(message = "{field.required}") UUID therapistId,
                      @NotNull(message = "{field.required}") OffsetDateTime start,
                      @NotNull(message = "{field.required}") String every,
                      @NotNull(message = "{field.required}") Integer count,
                      UUID roomId) {

        SeriesRequest toRequest() {
            return new SeriesRequest(new ClientId(clientId), new SessionTypeId(sessionTypeId),
                    new TherapistId(therapistId), start.toInstant(), Recurrence.parse(every), count,
                    roomId == null ? null : new RoomId(roomId));
        }
    }

    record CancelSeriesForm(@Size(max = 40, message = "{field.too-long}") String from,
                            @Size(max = 300, message = "{field.too-long}") String reason) {

        SeriesCancellation toCancellation() {
            if (from == null || from.isBlank()) {
                return SeriesCancellation.rest(reason);
            }
            try {
                return new SeriesCancellation(null, new AppointmentId(UUID.fromString(from.strip())), reason);
            } catch (IllegalArgumentException notAnId) {
                try {
                    return new SeriesCancellation(LocalDate.parse(from.strip()), null, reason);
                } catch (DateTimeException notADay) {
                    throw new InvalidInput("invalid-series-cancellation", "problem.validation",
                            List.of(new FieldMessage("from", "appointment-series.from.invalid", List.of())));
                }
            }
        }
    }

    record SeriesResponse(UUID id, UUID clientId, UUID therapistId, UUID sessionTypeId, OffsetDateTime firstStart,
                          Recurrence every, int count, List<AppointmentResponse> appointments,
                          List<ConflictResponse> conflicts) {
        static SeriesResponse of(SeriesView s) {
            return new SeriesResponse(s.id().value(), s.clientId().value(), s.therapistId().value(),
                    s.sessionTypeId().value(), s.firstStart(), s.every(), s.count(),
                    s.appointments().stream().map(AppointmentResponse::of).toList(),
                    s.conflicts().stream().map(ConflictResponse::of).toList());
        }
    }

    record ConflictResponse(OffsetDateTime start, String reason, SlotResponse alternative) {
        static ConflictResponse of(SeriesConflict c) {
            return new ConflictResponse(c.start(), c.reason(),
                    c.alternative() == null ? null : SlotResponse.of(c.alternative()));
        }
    }
}
