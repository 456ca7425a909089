package org.stillpoint.clients;

import java.time.LocalDate;

import org.stillpoint.platform.AccountId;

/**
 * A client as other modules and lists see them: who they are, not how to reach them.
 *
 * @param account the client's own CLIENT account, or null for a client the clinic registered without one
 */
public record ClientSummary(ClientId id, AccountId account, String firstName, String lastName, String email,
                            LocalDate dateOfBirth, boolean emailVerified) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
