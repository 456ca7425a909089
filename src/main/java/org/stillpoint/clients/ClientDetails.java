package org.stillpoint.clients;

import java.time.Instant;
import java.time.LocalDate;

import org.stillpoint.platform.AccountId;

/** Everything the client record holds, for the people who may see the client's contact data. */
public record ClientDetails(ClientId id, AccountId account, String firstName, String lastName, String email,
                            LocalDate dateOfBirth, ClientContact contact, Instant emailVerifiedAt,
                            ClientPreferences preferences, boolean sharesDiaryWithTherapists,
                            Instant sharingChangedAt, Instant registeredAt) {

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public ClientSummary summary() {
        return new ClientSummary(id, account, firstName, lastName, email, dateOfBirth, emailVerified());
    }
}
