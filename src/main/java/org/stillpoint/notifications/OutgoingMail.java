package org.stillpoint.notifications;

import java.util.Objects;

/** One plain-text e-mail to one person. */
public record OutgoingMail(String to, String subject, String text) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (to.isBlank() || subject.isBlank()) {
            throw new IllegalArgumentException("a mail needs a recipient and a subject");
        }
    }
}
