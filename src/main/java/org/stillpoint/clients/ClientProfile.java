package org.stillpoint.clients;

import java.time.LocalDate;

/** What a client or the clinic may change about a client: name, date of birth and contact. */
public record ClientProfile(String firstName, String lastName, LocalDate dateOfBirth, ClientContact contact) {

    public ClientProfile {
        contact = contact == null ? ClientContact.none() : contact;
    }
}
