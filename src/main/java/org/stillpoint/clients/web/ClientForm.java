package org.stillpoint.clients.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.stillpoint.clients.ClientContact;
import org.stillpoint.clients.ClientDetails;
import org.stillpoint.clients.ClientProfile;
import org.stillpoint.clients.NewClient;

/**
 * A client's name, date of birth and contact, as the pages and the API take them. The e-mail address is required
 * when registering a client ({@link Registration}); afterwards it is the client's sign-in and is not changed here.
 */
record ClientForm(
        @NotBlank(message = "{field.required}") @Size(max = 80, message = "{field.too-long}") String firstName,
        @NotBlank(message = "{field.required}") @Size(max = 80, message = "{field.too-long}") String lastName,
        @NotBlank(message = "{field.required}", groups = Registration.class)
        @Email(message = "{field.email}") @Size(max = 254, message = "{field.too-long}") String email,
        @NotNull(message = "{field.required}") @BirthDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate dateOfBirth,
        @Size(max = 40, message = "{field.too-long}") @Pattern(regexp = PHONE, message = "{clients.phone.invalid}")
        String phone,
        @Size(max = 300, message = "{field.too-long}") String address,
        @Size(max = 120, message = "{field.too-long}") String emergencyContactName,
        @Size(max = 40, message = "{field.too-long}") @Pattern(regexp = PHONE, message = "{clients.phone.invalid}")
        String emergencyContactPhone,
        @Size(max = 40, message = "{field.too-long}") String preferredLanguage,
        @Size(max = 120, message = "{field.too-long}") String doctorName,
        @Size(max = 300, message = "{field.too-long}") String doctorContact) {

    /** Digits, spaces and the usual separators, or nothing. */
    static final String PHONE = "^$|^[+0-9 ()./-]{3,40}$";

    /** The validation group of a new client's form, where the e-mail address is required. */
    interface Registration {
    }

    static ClientForm empty() {
        return new ClientForm(null, null, null, null, null, null, null, null, null, null, null);
    }

    static ClientForm of(ClientDetails c) {
        ClientContact contact = c.contact();
        return new ClientForm(c.firstName(), c.lastName(), c.email(), c.dateOfBirth(), contact.phone(),
                contact.address(), contact.emergencyContactName(), contact.emergencyContactPhone(),
                contact.preferredLanguage(), contact.doctorName(), contact.doctorContact());
    }

    NewClient toNewClient() {
        return new NewClient(firstName, lastName, email, dateOfBirth, contact());
    }

    ClientProfile toProfile() {
        return new ClientProfile(firstName, lastName, dateOfBirth, contact());
    }

    private ClientContact contact() {
        return new ClientContact(phone, address, emergencyContactName, emergencyContactPhone, preferredLanguage,
                doctorName, doctorContact);
    }
}
