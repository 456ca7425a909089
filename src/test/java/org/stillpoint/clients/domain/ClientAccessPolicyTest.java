package org.stillpoint.clients.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.clients.domain.ClientAccess.CHANGE_CONTACT;
import static org.stillpoint.clients.domain.ClientAccess.OWN_DECISION;
import static org.stillpoint.clients.domain.ClientAccess.READ_CLINICAL;
import static org.stillpoint.clients.domain.ClientAccess.READ_CONTACT;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stillpoint.clients.CareRelationships;
import org.stillpoint.clients.ClientId;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.Role;

/** Who may do what with a client record, for every role (DESIGN §1). */
class ClientAccessPolicyTest {

    private final ClientId client = ClientId.random();
    private final AccountId clientsAccount = AccountId.random();
    private final CurrentUser theClient = user(clientsAccount, Role.CLIENT);
    private final CurrentUser therapistWithCare = user(AccountId.random(), Role.THERAPIST);

    /** Only {@link #therapistWithCare} cares for {@link #client}. */
    private final CareRelationships care = (therapist, someClient) ->
            therapist.equals(therapistWithCare.accountId()) && someClient.equals(client);

    private final ClientAccessPolicy policy = new ClientAccessPolicy(care);

    @Nested
    class TheClientThemself {

        @ParameterizedTest
        @EnumSource(ClientAccess.class)
        void mayDoEverythingWithTheirOwnRecord(ClientAccess access) {
            assertThat(policy.permits(theClient, client, clientsAccount, access)).isTrue();
        }

        @ParameterizedTest
        @EnumSource(ClientAccess.class)
        void mayDoNothingWithAnotherClientsRecord(ClientAccess access) {
            CurrentUser someoneElse = user(AccountId.random(), Role.CLIENT);

            assertThat(policy.permits(someoneElse, client, clientsAccount, access)).isFalse();
        }

        @ParameterizedTest
        @EnumSource(ClientAccess.class)
        void mayDoNothingWithARecordWithoutAnAccount(ClientAccess access) {
            assertThat(policy.permits(theClient, client, null, access)).isFalse();
        }
    }

    @Nested
    class TheOwner {

        private final CurrentUser owner = user(AccountId.random(), Role.OWNER);

        @Test
        void readsEverythingAndChangesContactButNeverMakesTheClientsOwnDecisions() {
            assertThat(allowed(owner)).containsExactlyInAnyOrder(READ_CONTACT, READ_CLINICAL, CHANGE_CONTACT);
        }

        @Test
        void needsNoCareRelationship() {
            assertThat(policy.permits(owner, ClientId.random(), null, READ_CLINICAL)).isTrue();
        }
    }

    @Nested
    class TheFrontDesk {

        @Test
        void readsAndChangesContactButNeverClinicalRecords() {
            CurrentUser desk = user(AccountId.random(), Role.FRONT_DESK);

            assertThat(allowed(desk)).containsExactlyInAnyOrder(READ_CONTACT, CHANGE_CONTACT);
        }
    }

    @Nested
    class ATherapist {

        @Test
        void whoCaresForTheClientReadsContactAndClinicalRecordsAndChangesNothing() {
            assertThat(allowed(therapistWithCare)).containsExactlyInAnyOrder(READ_CONTACT, READ_CLINICAL);
        }

        @Test
        void withoutACareRelationshipMayDoNothing() {
            CurrentUser stranger = user(AccountId.random(), Role.THERAPIST);

            assertThat(allowed(stranger)).isEmpty();
        }

        @Test
        void whoCaresForOneClientMayNotSeeAnother() {
            assertThat(policy.permits(therapistWithCare, ClientId.random(), null, READ_CONTACT)).isFalse();
        }

        @Test
        void seesNothingWhenNoModuleKnowsCareRelationships() {
            ClientAccessPolicy withoutScheduling = new ClientAccessPolicy((therapist, someClient) -> false);

            assertThat(withoutScheduling.permits(therapistWithCare, client, clientsAccount, READ_CONTACT)).isFalse();
        }
    }

    @Nested
    class TheDiary {

        @Test
        void aTherapistWhoCaresForTheClientReadsItOnlyWhileItIsShared() {
            assertThat(policy.permitsDiary(therapistWithCare, client, clientsAccount, true)).isTrue();
            assertThat(policy.permitsDiary(therapistWithCare, client, clientsAccount, false)).isFalse();
        }

        @Test
        void sharingOpensItToNoTherapistWithoutCareAndNeverToTheFrontDesk() {
            assertThat(policy.permitsDiary(user(AccountId.random(), Role.THERAPIST), client, clientsAccount, true))
                    .isFalse();
            assertThat(policy.permitsDiary(user(AccountId.random(), Role.FRONT_DESK), client, clientsAccount, true))
                    .isFalse();
            assertThat(policy.permitsDiary(null, client, clientsAccount, true)).isFalse();
        }

        @Test
        void theClientAndTheOwnerReadItSharedOrNot() {
            assertThat(policy.permitsDiary(theClient, client, clientsAccount, false)).isTrue();
            assertThat(policy.permitsDiary(user(AccountId.random(), Role.OWNER), client, clientsAccount, false))
                    .isTrue();
            assertThat(policy.permitsDiary(user(AccountId.random(), Role.CLIENT), client, clientsAccount, true))
                    .as("another client").isFalse();
        }
    }

    @Nested
    class NobodySignedIn {

        @ParameterizedTest
        @EnumSource(ClientAccess.class)
        void mayDoNothing(ClientAccess access) {
            assertThat(policy.permits(null, client, clientsAccount, access)).isFalse();
        }
    }

    /** A new role fails here, as a reminder to decide what it may see and to test it above. */
    @Test
    void theRolesTestedHereAreAllTheRoles() {
        assertThat(Role.values()).containsExactlyInAnyOrder(Role.CLIENT, Role.OWNER, Role.FRONT_DESK, Role.THERAPIST);
    }

    private Set<ClientAccess> allowed(CurrentUser caller) {
        Set<ClientAccess> allowed = EnumSet.noneOf(ClientAccess.class);
        for (ClientAccess access : ClientAccess.values()) {
            if (policy.permits(caller, client, clientsAccount, access)) {
                allowed.add(access);
            }
        }
        return allowed;
    }

    private static CurrentUser user(AccountId account, Role role) {
        return new CurrentUser(account, role.name().toLowerCase() + "@clinic.example", role.name(), role);
    }
}
