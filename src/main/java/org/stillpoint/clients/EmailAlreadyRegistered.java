package org.stillpoint.clients;

import org.stillpoint.platform.Conflict;

/**
 * A sign-up with an e-mail address that a client or an account already has (409). The public sign-up page and
 * API answer it exactly like a successful sign-up, and the address's owner gets a mail instead, so that nobody
 * learns from the sign-up form who is a client of this clinic.
 */
public class EmailAlreadyRegistered extends Conflict {

    public EmailAlreadyRegistered() {
        super("email-taken", "clients.email.taken");
    }
}
