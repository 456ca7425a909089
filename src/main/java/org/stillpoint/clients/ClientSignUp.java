package org.stillpoint.clients;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * A person signing themself up: their account's e-mail and password, name and date of birth, and the version of
 * each consent text they accepted (every current version must be among them).
 */
public record ClientSignUp(String firstName, String lastName, String email, LocalDate dateOfBirth, String password,
                           Map<ConsentKind, Integer> acceptedConsents) {

    public ClientSignUp {
        Map<ConsentKind, Integer> accepted = new EnumMap<>(ConsentKind.class);
        if (acceptedConsents != null) {
            acceptedConsents.forEach((kind, version) -> {
                if (kind != null && version != null) {
                    accepted.put(kind, version);
                }
            });
        }
        acceptedConsents = Map.copyOf(accepted);
    }
}
