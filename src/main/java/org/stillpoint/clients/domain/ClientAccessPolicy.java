package org.stillpoint.clients.domain;

import org.stillpoint.clients.CareRelationships;
import org.stillpoint.clients.ClientId;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.Role;

/**
 * Who may do what with a client record (DESIGN §1):
 * <ul>
 *   <li>the client themself: everything about their own record, nothing about anyone else's;</li>
 *   <li>the owner: reads everything and changes contact data, but never makes the client's own decisions;</li>
 *   <li>the front desk: reads and changes contact data, never clinical records;</li>
 *   <li>a therapist: reads contact and clinical records of clients they care for, changes nothing here.</li>
 * </ul>
 * Anyone else, including someone not signed in, may do nothing.
 */
public final class ClientAccessPolicy {

    private final CareRelationships care;

    public ClientAccessPolicy(CareRelationships care) {
        this.care = care;
    }

    /**
     * @param clientAccount the client's own account, or null when the client has none
     */
    public boolean permits(CurrentUser caller, ClientId client, AccountId clientAccount, ClientAccess access) {
        if (caller == null || client == null || access == null) {
            return false;
        }
        return switch (caller.role()) {
            case CLIENT -> clientAccount != null && clientAccount.equals(caller.accountId());
            case OWNER -> access != ClientAccess.OWN_DECISION;
            case FRONT_DESK -> access == ClientAccess.READ_CONTACT || access == ClientAccess.CHANGE_CONTACT;
            case THERAPIST -> (access == ClientAccess.READ_CONTACT || access == ClientAccess.READ_CLINICAL)
                    && care.caresFor(caller.accountId(), client);
        };
    }

    /**
     * Whether the caller may read the client's headache diary: as {@link ClientAccess#READ_CLINICAL}, except that a
     * therapist who cares for the client sees it only while the client shares it (DESIGN §1).
     */
    public boolean permitsDiary(CurrentUser caller, ClientId client, AccountId clientAccount, boolean shared) {
        return permits(caller, client, clientAccount, ClientAccess.READ_CLINICAL)
                && (caller.role() != Role.THERAPIST || shared);
    }
}
