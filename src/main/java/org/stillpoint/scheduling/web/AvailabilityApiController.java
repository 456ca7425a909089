package org.stillpoint.scheduling.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.scheduling.AvailabilityQuery;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.scheduling.Slot;
import org.stillpoint.therapists.TherapistId;

/**
 * Free slots for a session type on the days {@code from} to {@code to} (inclusive, in the clinic's zone), for
 * anyone; times with the clinic's offset. Staff may name the {@code client} whose sensitivities decide the rooms.
 */
@RestController
class AvailabilityApiController {

    private final Scheduling scheduling;

    AvailabilityApiController(Scheduling scheduling) {
        this.scheduling = scheduling;
    }

    @GetMapping("/api/v1/availability")
    List<SlotResponse> availability(@RequestParam UUID sessionType,
                                    @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) UUID therapist,
                                    @RequestParam(required = false) UUID client) {
        return scheduling.availability(new AvailabilityQuery(new SessionTypeId(sessionType), from, to,
                        therapist == null ? null : new TherapistId(therapist), client == null ? null : new ClientId(client)))
                .stream().map(SlotResponse::of).toList();
    }

    record SlotResponse(OffsetDateTime start, OffsetDateTime end, UUID therapistId, UUID roomId) {
        static SlotResponse of(Slot slot) {
            return new SlotResponse(slot.start(), slot.end(), slot.therapistId().value(), slot.roomId().value());
        }
    }
}
