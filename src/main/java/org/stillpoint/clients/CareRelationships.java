package org.stillpoint.clients;

import org.stillpoint.platform.AccountId;

/**
 * Whether a therapist cares for a client: DESIGN §1 lets a therapist see the records of clients they have an
 * appointment with, past or future. The scheduling module answers this by implementing the interface as a bean.
 * Until a module does, no therapist has a care relationship, so therapists see no client at all; with several
 * implementations, any one that answers yes is enough.
 */
public interface CareRelationships {

    boolean caresFor(AccountId therapistAccount, ClientId client);
}
