package org.stillpoint.platform;

import java.util.Objects;

/** What it takes to open an account. The password is checked against the password policy. */
public record NewAccount(String email, String displayName, String password, Role role) {

    public NewAccount {
        Objects.requireNonNull(role, "role");
    }
}
