package org.stillpoint.clinic.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.ClinicProfile;
import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.RoomView;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeDetails;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Role;

/** The clinic's profile, rooms and menu for programs: public reads, owner writes. */
@RestController
@RequestMapping("/api/v1")
class ClinicApiController {

    private final Clinic clinic;

    ClinicApiController(Clinic clinic) {
        this.clinic = clinic;
    }

    @GetMapping("/clinic")
    ClinicResponse clinic() {
        return ClinicResponse.of(clinic.profile());
    }

    @PutMapping("/clinic")
    ClinicResponse updateClinic(@Valid @RequestBody ClinicForm request) {
        return ClinicResponse.of(clinic.update(request.toDetails()));
    }

    /** Active rooms for everyone; {@code ?all=true} adds inactive ones for the owner. */
    @GetMapping("/rooms")
    List<RoomResponse> rooms(@RequestParam(defaultValue = "false") boolean all) {
        boolean includeInactive = all && Accounts.current().map(u -> u.is(Role.OWNER)).orElse(false);
        return clinic.rooms().stream().filter(r -> includeInactive || r.active()).map(RoomResponse::of).toList();
    }

    @GetMapping("/rooms/{id}")
    RoomResponse room(@PathVariable UUID id) {
        return clinic.room(new RoomId(id)).map(RoomResponse::of).orElseThrow(() -> new NotFound("room"));
    }

    @PostMapping("/rooms")
    ResponseEntity<RoomResponse> addRoom(@Valid @RequestBody RoomForm request) {
        RoomView room = clinic.addRoom(request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/rooms/" + room.id())).body(RoomResponse.of(room));
    }

    @PutMapping("/rooms/{id}")
    RoomResponse updateRoom(@PathVariable UUID id, @Valid @RequestBody RoomForm request) {
        return RoomResponse.of(clinic.updateRoom(new RoomId(id), request.toDetails()));
    }

    /** Active session types for everyone; {@code ?all=true} adds inactive ones for the owner. */
    @GetMapping("/session-types")
    List<SessionTypeResponse> sessionTypes(@RequestParam(defaultValue = "false") boolean all) {
        boolean includeInactive = all && Accounts.current().map(u -> u.is(Role.OWNER)).orElse(false);
        return clinic.sessionTypes().stream().filter(t -> includeInactive || t.active())
                .map(SessionTypeResponse::of).toList();
    }

    @GetMapping("/session-types/{id}")
    SessionTypeResponse sessionType(@PathVariable UUID id) {
        return clinic.sessionType(new SessionTypeId(id)).map(SessionTypeResponse::of)
                .orElseThrow(() -> new NotFound("session-type"));
    }

    @PostMapping("/session-types")
    ResponseEntity<SessionTypeResponse> addSessionType(@Valid @RequestBody SessionTypeRequest request) {
        SessionTypeView created = clinic.addSessionType(request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/session-types/" + created.id()))
                .body(SessionTypeResponse.of(created));
    }

    @PutMapping("/session-types/{id}")
    SessionTypeResponse updateSessionType(@PathVariable UUID id, @Valid @RequestBody SessionTypeRequest request) {
        return SessionTypeResponse.of(clinic.updateSessionType(new SessionTypeId(id), request.toDetails()));
    }

    record ClinicResponse(String name, String address, String phone, String timeZone, String currency,
                          long cancellationWindowHours, long slotStepMinutes, long bufferMinutes) {
        static ClinicResponse of(ClinicProfile p) {
            return new ClinicResponse(p.name(), p.address(), p.phone(), p.zone().getId(),
                    p.currency().getCurrencyCode(), p.cancellationWindow().toHours(), p.slotStep().toMinutes(),
                    p.buffer().toMinutes());
        }
    }

    record RoomResponse(UUID id, String name, boolean dimmable, boolean scentFree, boolean soundproofed,
                        boolean heatedTable, boolean hotStoneHeater, boolean migraineFriendly, boolean active) {
        static RoomResponse of(RoomView r) {
            return new RoomResponse(r.id().value(), r.name(), r.dimmable(), r.scentFree(), r.soundproofed(),
                    r.heatedTable(), r.hotStoneHeater(), r.migraineFriendly(), r.active());
        }
    }

    record PriceResponse(ProviderType providerType, BigDecimal amount, String currency) {
    }

    record SessionTypeResponse(UUID id, String name, int minutes, SessionKind kind, boolean bookableOnline,
                               String description, boolean active, Technique requiredTechnique,
                               Set<ProviderType> eligibleProviderTypes, List<PriceResponse> prices) {
        static SessionTypeResponse of(SessionTypeView t) {
            List<PriceResponse> prices = t.prices().entrySet().stream()
                    .map(e -> new PriceResponse(e.getKey(), e.getValue().amount(),
                            e.getValue().currency().getCurrencyCode()))
                    .toList();
            return new SessionTypeResponse(t.id().value(), t.name(), t.minutes(), t.kind(), t.bookableOnline(),
                    t.description(), t.active(), t.requiredTechnique(), t.eligibleProviderTypes(), prices);
        }
    }

    record PriceRequest(@NotNull(message = "{field.required}") ProviderType providerType,
                        @NotNull(message = "{field.required}") @DecimalMin(value = "0", message = "{field.min}")
                        @DecimalMax(value = "100000", message = "{field.max}")
                        @Digits(integer = 6, fraction = 2, message = "{session-type.price.invalid}") BigDecimal amount) {
    }

    record SessionTypeRequest(
            @NotBlank(message = "{field.required}") @Size(max = 80, message = "{field.too-long}") String name,
            @NotNull(message = "{field.required}") @Min(value = 5, message = "{field.min}") @Max(value = 240, message = "{field.max}") Integer minutes,
            @NotNull(message = "{field.required}") SessionKind kind,
            Boolean bookableOnline,
            @Size(max = 1000, message = "{field.too-long}") String description,
            Boolean active,
            Technique requiredTechnique,
            @NotEmpty(message = "{session-type.prices.none}") List<@Valid PriceRequest> prices) {

        SessionTypeDetails toDetails() {
            Map<ProviderType, BigDecimal> byProvider = new EnumMap<>(ProviderType.class);
            prices.forEach(p -> byProvider.put(p.providerType(), p.amount()));
            return new SessionTypeDetails(name, minutes, kind, bookableOnline == null || bookableOnline, description,
                    active == null || active, requiredTechnique, byProvider);
        }
    }
}
