package org.stillpoint.platform.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.platform.RuleViolation;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Nested
    class Length {

        @Test
        void refusesElevenCharacters() {
            assertThatThrownBy(() -> policy.check("abcdefghijk", "a@b.test"))
                    .isInstanceOf(RuleViolation.class)
                    .hasFieldOrPropertyWithValue("messageKey", "account.password.too-short")
                    .hasFieldOrPropertyWithValue("field", "password");
        }

        @Test
        void acceptsTwelveCharacters() {
            assertThatCode(() -> policy.check("abcdefghijkl", "a@b.test")).doesNotThrowAnyException();
        }

        @Test
        void countsCharactersNotBytes() {
            assertThatCode(() -> policy.check("ääääääääääää", "a@b.test")).doesNotThrowAnyException();
        }

        @Test
        void refusesNull() {
            assertThatThrownBy(() -> policy.check(null, "a@b.test")).isInstanceOf(RuleViolation.class);
        }

        @Test
        void refusesMoreThan128Characters() {
            assertThatThrownBy(() -> policy.check("x".repeat(129), "a@b.test"))
                    .hasFieldOrPropertyWithValue("messageKey", "account.password.too-long");
        }
    }

    @Test
    void refusesThePersonsOwnEmailAddressInAnyCase() {
        assertThatThrownBy(() -> policy.check("Someone@Clinic.test", "someone@clinic.test"))
                .hasFieldOrPropertyWithValue("messageKey", "account.password.is-email");
    }
}
