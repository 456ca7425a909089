package org.stillpoint.notifications;

import java.util.List;
import java.util.Objects;

/** One plain-text e-mail to one person, with the files that go along with it (often none). */
public record OutgoingMail(String to, String subject, String text, List<MailAttachment> attachments) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (to.isBlank() || subject.isBlank()) {
            throw new IllegalArgumentException("a mail needs a recipient and a subject");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A mail without attachments. */
    public OutgoingMail(String to, String subject, String text) {
        this(to, subject, text, List.of());
    }
}
