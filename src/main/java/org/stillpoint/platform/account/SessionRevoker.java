package org.stillpoint.platform.account;

import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every open login session of an account, on every instance, because the sessions live in the database. */
@Component
public class SessionRevoker {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionRevoker(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    public void revokeAll(String email) {
        Map<String, ? extends Session> open = sessions.findByPrincipalName(email);
        open.keySet().forEach(sessions::deleteById);
    }
}
