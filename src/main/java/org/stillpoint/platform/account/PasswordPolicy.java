package org.stillpoint.platform.account;

import org.springframework.stereotype.Component;
import org.stillpoint.platform.RuleViolation;

/** Passwords of at least 12 characters that are not the account's e-mail address. */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    public void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new RuleViolation("weak-password", "password", "account.password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new RuleViolation("weak-password", "password", "account.password.too-long", MAX_LENGTH);
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            throw new RuleViolation("weak-password", "password", "account.password.is-email");
        }
    }
}
