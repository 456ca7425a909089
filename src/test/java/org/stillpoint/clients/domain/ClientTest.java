package org.stillpoint.clients.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.clients.ClientContact;
import org.stillpoint.clients.ClientDetails;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.ClientPreferences;
import org.stillpoint.clients.ClientProfile;
import org.stillpoint.clients.PressurePreference;
import org.stillpoint.platform.RuleViolation;

class ClientTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private static ClientProfile profile(String first, String last, LocalDate born) {
        return new ClientProfile(first, last, born, ClientContact.none());
    }

    private static Client maya() {
        return Client.register(ClientId.random(), "  Maya.Ortiz@Example.COM ", profile(" Maya ", "Ortiz",
                LocalDate.of(1990, 5, 1)), TODAY, NOW);
    }

    @Nested
    class Registering {

        @Test
        void keepsTheAddressInLowerCaseAndTheNamesStripped() {
            ClientDetails maya = maya().details();

            assertThat(maya.email()).isEqualTo("maya.ortiz@example.com");
            assertThat(maya.fullName()).isEqualTo("Maya Ortiz");
            assertThat(maya.registeredAt()).isEqualTo(NOW);
        }

        @Test
        void startsUnconfirmedWithNothingSharedAndNoPreferencesStated() {
            ClientDetails maya = maya().details();

            assertThat(maya.emailVerified()).isFalse();
            assertThat(maya.sharesDiaryWithTherapists()).isFalse();
            assertThat(maya.preferences()).isEqualTo(ClientPreferences.notStated());
            assertThat(maya.account()).isNull();
        }

        @Test
        void refusesABlankFirstNameNamingTheField() {
            assertThatThrownBy(() -> Client.register(ClientId.random(), "a@example.com",
                    profile(" ", "Ortiz", LocalDate.of(1990, 5, 1)), TODAY, NOW))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("firstName"));
        }

        @Test
        void refusesADateOfBirthInTheFuture() {
            assertThatThrownBy(() -> Client.register(ClientId.random(), "a@example.com",
                    profile("Maya", "Ortiz", TODAY.plusDays(1)), TODAY, NOW))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> {
                        assertThat(e.field()).isEqualTo("dateOfBirth");
                        assertThat(e.messageKey()).isEqualTo("field.date.future");
                    });
        }

        @Test
        void refusesAnAddressWithoutAnAt() {
            assertThatThrownBy(() -> Client.register(ClientId.random(), "maya.example.com",
                    profile("Maya", "Ortiz", LocalDate.of(1990, 5, 1)), TODAY, NOW))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("email"));
        }
    }

    @Nested
    class ChangingTheProfile {

        @Test
        void leavesTheRecordAsItWasWhenAnyPartIsRefused() {
            Client maya = maya();
            ClientContact badPhone = new ClientContact("call me maybe", "1 Quiet Lane", null, null, null, null, null);

            assertThatThrownBy(() -> maya.changeProfile(new ClientProfile("Mia", "Ortiz", LocalDate.of(1990, 5, 1),
                    badPhone), TODAY))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("phone"));
            assertThat(maya.details().firstName()).isEqualTo("Maya");
            assertThat(maya.details().contact()).isEqualTo(ClientContact.none());
        }

        @Test
        void keepsContactPartsAndDropsBlankOnes() {
            Client maya = maya();

            maya.changeProfile(new ClientProfile("Maya", "Ortiz", LocalDate.of(1990, 5, 1), new ClientContact(
                    "+1 503 555 0120", " ", "Luis Ortiz", "+1 503 555 0121", "Spanish", "Dr. Ana Ruiz",
                    "Headache clinic")), TODAY);

            ClientContact contact = maya.details().contact();
            assertThat(contact.phone()).isEqualTo("+1 503 555 0120");
            assertThat(contact.address()).isNull();
            assertThat(contact.doctorName()).isEqualTo("Dr. Ana Ruiz");
        }
    }

    @Nested
    class Sharing {

        @Test
        void remembersWhenTheClientLastChangedTheirMind() {
            Client maya = maya();
            Instant later = NOW.plusSeconds(3600);

            maya.shareDiaryWithTherapists(true, NOW);
            maya.shareDiaryWithTherapists(true, later);
            assertThat(maya.details().sharingChangedAt()).isEqualTo(NOW);

            maya.shareDiaryWithTherapists(false, later);
            assertThat(maya.sharesDiary()).isFalse();
            assertThat(maya.details().sharingChangedAt()).isEqualTo(later);
        }
    }

    @Test
    void keepsTheFirstConfirmationOfTheAddress() {
        Client maya = maya();

        maya.confirmEmail(NOW);
        maya.confirmEmail(NOW.plusSeconds(60));

        assertThat(maya.details().emailVerifiedAt()).isEqualTo(NOW);
    }

    @Test
    void keepsPreferencesAsTheClientGaveThem() {
        Client maya = maya();
        ClientPreferences quiet = new ClientPreferences(true, true, false, false, PressurePreference.VERY_LIGHT,
                "Front of the neck", true);

        maya.changePreferences(quiet);

        assertThat(maya.preferences()).isEqualTo(quiet);
    }
}
