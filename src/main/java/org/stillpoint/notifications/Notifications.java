package org.stillpoint.notifications;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.notifications.outbox.OutboxRepository;

/**
 * Queues e-mail in the outbox. Call it inside the transaction of the change the mail is about: the mail is sent
 * if and only if the change commits.
 */
@Service
public class Notifications {

    private final OutboxRepository outbox;
    private final Clock clock;

    Notifications(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Queues the mail; returns the outbox id. Requires the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID send(OutgoingMail mail) {
        return outbox.enqueue(mail, clock.instant());
    }

    /** Counts of queued, retrying, sent and failed mail. */
    @Transactional(readOnly = true)
    public OutboxStatus outboxStatus() {
        return outbox.status();
    }
}
