package org.stillpoint.clients;

import java.time.LocalDate;

/** A client the owner or the front desk registers, without an account of their own. */
public record NewClient(String firstName, String lastName, String email, LocalDate dateOfBirth,
                        ClientContact contact) {

    public NewClient {
        contact = contact == null ? ClientContact.none() : contact;
    }

    public NewClient(String firstName, String lastName, String email, LocalDate dateOfBirth) {
        this(firstName, lastName, email, dateOfBirth, ClientContact.none());
    }

    public ClientProfile profile() {
        return new ClientProfile(firstName, lastName, dateOfBirth, contact);
    }
}
