package org.stillpoint.therapists.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
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
import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Role;
import org.stillpoint.therapists.NewTherapist;
import org.stillpoint.therapists.TherapistDetails;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.TherapistView;
import org.stillpoint.therapists.Therapists;

/** Therapists for programs: public profiles (no account or contact data), owner writes. */
@RestController
@RequestMapping("/api/v1/therapists")
class TherapistApiController {

    private final Therapists therapists;

    TherapistApiController(Therapists therapists) {
        this.therapists = therapists;
    }

    /** Active therapists for everyone; {@code ?all=true} adds inactive ones for the owner. */
    @GetMapping
    List<TherapistResponse> list(@RequestParam(defaultValue = "false") boolean all) {
        boolean includeInactive = all && Accounts.current().map(u -> u.is(Role.OWNER)).orElse(false);
        return therapists.all().stream().filter(t -> includeInactive || t.active()).map(TherapistResponse::of)
                .toList();
    }

    @GetMapping("/{id}")
    TherapistResponse one(@PathVariable UUID id) {
        return therapists.find(new TherapistId(id)).map(TherapistResponse::of)
                .orElseThrow(() -> new NotFound("therapist"));
    }

    @PostMapping
    ResponseEntity<TherapistResponse> add(@Valid @RequestBody NewTherapistRequest request) {
        TherapistView created = therapists.add(new NewTherapist(request.email(), request.initialPassword(),
                request.profile().toDetails()));
        return ResponseEntity.created(URI.create("/api/v1/therapists/" + created.id()))
                .body(TherapistResponse.of(created));
    }

    @PutMapping("/{id}")
    TherapistResponse update(@PathVariable UUID id, @Valid @RequestBody TherapistRequest request) {
        return TherapistResponse.of(therapists.update(new TherapistId(id), request.toDetails()));
    }

    record TherapistRequest(
            @NotBlank(message = "{field.required}") @Size(max = 120, message = "{field.too-long}") String displayName,
            @NotNull(message = "{field.required}") ProviderType providerType,
            @Size(max = 60, message = "{field.too-long}") String licenceNumber,
            @Size(max = 500, message = "{field.too-long}") String headacheTraining,
            @PastOrPresent(message = "{field.date.future}") LocalDate trainingCompletedOn,
            @NotEmpty(message = "{therapist.techniques.none}") Set<@NotNull(message = "{field.required}") Technique> techniques,
            @Size(max = 2000, message = "{field.too-long}") String bio,
            Boolean active) {

        TherapistDetails toDetails() {
            return new TherapistDetails(displayName, providerType, licenceNumber, headacheTraining,
                    trainingCompletedOn, techniques, bio, active == null || active);
        }
    }

    record NewTherapistRequest(@NotBlank(message = "{field.required}") @Email(message = "{field.email}") String email,
                               @NotBlank(message = "{field.required}") String initialPassword,
                               @NotNull(message = "{field.required}") @Valid TherapistRequest profile) {
    }

    record TherapistResponse(UUID id, String name, ProviderType providerType, String licenceNumber,
                             String headacheTraining, LocalDate trainingCompletedOn, Set<Technique> techniques,
                             String bio, boolean active) {
        static TherapistResponse of(TherapistView t) {
            return new TherapistResponse(t.id().value(), t.displayName(), t.providerType(), t.licenceNumber(),
                    t.headacheTraining(), t.trainingCompletedOn(), t.techniques(), t.bio(), t.active());
        }
    }
}
