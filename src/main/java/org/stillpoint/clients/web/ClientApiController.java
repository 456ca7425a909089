package org.stillpoint.clients.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.clients.ClientContact;
import org.stillpoint.clients.ClientDetails;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.ClientSummary;
import org.stillpoint.clients.Clients;
import org.stillpoint.clients.ConsentAcceptance;
import org.stillpoint.clients.ConsentKind;
import org.stillpoint.clients.ConsentStatus;
import org.stillpoint.clients.ConsentText;
import org.stillpoint.clients.EmailAlreadyRegistered;

/**
 * Clients for programs. A client sees only themself; the front desk and the owner register and search clients;
 * a client who may not be seen answers 404 like one that does not exist.
 */
@RestController
@RequestMapping("/api/v1")
class ClientApiController {

    private final Clients clients;

    ClientApiController(Clients clients) {
        this.clients = clients;
    }

    /** Staff register a client without an account; 409 if a client has the e-mail address. */
    @PostMapping("/clients")
    ResponseEntity<ClientResponse> register(
            @Validated({Default.class, ClientForm.Registration.class}) @RequestBody ClientForm request) {
        ClientId id = clients.register(request.toNewClient());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id))
                .body(ClientResponse.of(clients.details(id)));
    }

    /** Owner and front desk: clients whose name or e-mail contains the query, at most 50. */
    @GetMapping("/clients")
    List<ClientListItem> search(@RequestParam(required = false) String query) {
        return clients.search(query).stream().map(ClientListItem::of).toList();
    }

    @GetMapping("/clients/{id}")
    ClientResponse one(@PathVariable UUID id) {
        return ClientResponse.of(clients.details(new ClientId(id)));
    }

    /** Name, date of birth and contact; the e-mail address is the client's sign-in and is not changed here. */
    @PutMapping("/clients/{id}")
    ClientResponse update(@PathVariable UUID id, @Valid @RequestBody ClientForm request) {
        return ClientResponse.of(clients.updateProfile(new ClientId(id), request.toProfile()));
    }

    @PutMapping("/clients/{id}/preferences")
    PreferencesForm preferences(@PathVariable UUID id, @Valid @RequestBody PreferencesForm request) {
        return PreferencesForm.of(clients.updatePreferences(new ClientId(id), request.toPreferences()));
    }

    /** Only the client themself decides whether their therapists may see their headache diary. */
    @PutMapping("/clients/{id}/sharing")
    SharingResponse sharing(@PathVariable UUID id, @Valid @RequestBody SharingForm request) {
        return SharingResponse.of(clients.shareDiaryWithTherapists(new ClientId(id),
                request.sharesDiaryWithTherapists()));
    }

    @GetMapping("/clients/{id}/consents")
    List<ConsentStatusResponse> consents(@PathVariable UUID id) {
        return clients.consents(new ClientId(id)).stream().map(ConsentStatusResponse::of).toList();
    }

    /** The client accepts the current version of a text; 422 naming {@code version} for any other version. */
    @PostMapping("/clients/{id}/consents")
    @ResponseStatus(HttpStatus.CREATED)
    ConsentAcceptance accept(@PathVariable UUID id, @Valid @RequestBody ConsentForm request) {
        return clients.acceptConsent(new ClientId(id), request.kind(), request.version());
    }

    /** The current consent texts, for anyone (a sign-up shows them). */
    @GetMapping("/consent-texts")
    List<ConsentText> consentTexts() {
        return clients.currentConsents();
    }

    /** The owner publishes a new version of a consent text. */
    @PostMapping("/consent-texts")
    @ResponseStatus(HttpStatus.CREATED)
    ConsentText publish(@Valid @RequestBody ConsentTextRequest request) {
        return clients.publishConsent(request.kind(), request.title(), request.body());
    }

    /**
     * Public sign-up. 202 whether or not the address was new: a new one gets its confirmation link, a taken one
     * a mail saying it already has an account. The caller learns nothing about who is a client here.
     */
    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SignUpResponse signUp(@Valid @RequestBody SignUpForm request) {
        try {
            clients.signUp(request.toSignUp());
        } catch (EmailAlreadyRegistered sameAnswer) {
            // answered like a new sign-up on purpose
        }
        return new SignUpResponse(request.email().strip(), "check-your-email");
    }

    /** Confirms an e-mail address with the token from the link; 422 naming {@code token} when refused. */
    @PostMapping("/verify-email")
    ResponseEntity<Void> verify(@Valid @RequestBody TokenRequest request) {
        clients.verifyEmail(request.token());
        return ResponseEntity.noContent().build();
    }

    /** The signed-in client asks for a new confirmation link. */
    @PostMapping("/me/verification")
    ResponseEntity<Void> resend() {
        clients.resendVerification();
        return ResponseEntity.accepted().build();
    }

    record TokenRequest(@NotBlank(message = "{field.required}") String token) {
    }

    record ConsentTextRequest(@NotNull(message = "{field.required}") ConsentKind kind,
                              @NotBlank(message = "{field.required}") @Size(max = 120, message = "{field.too-long}") String title,
                              @NotBlank(message = "{field.required}") @Size(max = 8000, message = "{field.too-long}") String body) {
    }

    record SignUpResponse(String email, String status) {
    }

    record ClientListItem(UUID id, String firstName, String lastName, String email, LocalDate dateOfBirth,
                          boolean emailVerified) {
        static ClientListItem of(ClientSummary c) {
            return new ClientListItem(c.id().value(), c.firstName(), c.lastName(), c.email(), c.dateOfBirth(),
                    c.emailVerified());
        }
    }

    record ClientResponse(UUID id, String firstName, String lastName, String email, LocalDate dateOfBirth,
                          String phone, String address, String emergencyContactName, String emergencyContactPhone,
                          String preferredLanguage, String doctorName, String doctorContact, boolean hasAccount,
                          boolean emailVerified, Instant emailVerifiedAt, PreferencesForm preferences,
                          boolean sharesDiaryWithTherapists, Instant registeredAt) {
        static ClientResponse of(ClientDetails c) {
            ClientContact contact = c.contact();
            return new ClientResponse(c.id().value(), c.firstName(), c.lastName(), c.email(), c.dateOfBirth(),
                    contact.phone(), contact.address(), contact.emergencyContactName(),
                    contact.emergencyContactPhone(), contact.preferredLanguage(), contact.doctorName(),
                    contact.doctorContact(), c.account() != null, c.emailVerified(), c.emailVerifiedAt(),
                    PreferencesForm.of(c.preferences()), c.sharesDiaryWithTherapists(), c.registeredAt());
        }
    }

    record SharingResponse(boolean sharesDiaryWithTherapists, Instant changedAt) {
        static SharingResponse of(ClientDetails c) {
            return new SharingResponse(c.sharesDiaryWithTherapists(), c.sharingChangedAt());
        }
    }

    record ConsentStatusResponse(ConsentKind kind, int currentVersion, String title, String text,
                                 boolean currentAccepted, List<ConsentAcceptance> accepted) {
        static ConsentStatusResponse of(ConsentStatus s) {
            return new ConsentStatusResponse(s.kind(), s.current().version(), s.current().title(),
                    s.current().body(), s.currentAccepted(), s.accepted());
        }
    }
}
