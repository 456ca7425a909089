package org.stillpoint.notifications.outbox;

import java.util.UUID;

/** A mail in the outbox that is due for delivery, with the number of times it has failed so far. */
public record QueuedMail(UUID id, String recipient, String subject, String body, int attempts) {
}
