package org.stillpoint.clients.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.stillpoint.clients.ClientSignUp;
import org.stillpoint.clients.ConsentKind;

/**
 * The public sign-up, on the page and the API. {@code acceptedConsents} maps each accepted text to the version
 * the person read (the page's checkboxes are named {@code acceptedConsents[TREATMENT]} and so on).
 */
record SignUpForm(
        @NotBlank(message = "{field.required}") @Size(max = 80, message = "{field.too-long}") String firstName,
        @NotBlank(message = "{field.required}") @Size(max = 80, message = "{field.too-long}") String lastName,
        @NotBlank(message = "{field.required}") @Email(message = "{field.email}")
        @Size(max = 254, message = "{field.too-long}") String email,
        @NotNull(message = "{field.required}") @BirthDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate dateOfBirth,
        @NotBlank(message = "{field.required}") String password,
        @NotEmpty(message = "{clients.consent.required}") Map<ConsentKind, Integer> acceptedConsents) {

    static SignUpForm empty() {
        return new SignUpForm(null, null, null, null, null, new EnumMap<>(ConsentKind.class));
    }

    /** Whether the person ticked this version of this text (for re-showing the form). */
    public boolean accepted(ConsentKind kind, int version) {
        return acceptedConsents != null && Integer.valueOf(version).equals(acceptedConsents.get(kind));
    }

    ClientSignUp toSignUp() {
        return new ClientSignUp(firstName, lastName, email, dateOfBirth, password, acceptedConsents);
    }
}
