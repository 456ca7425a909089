package org.stillpoint.notifications;

import java.util.Objects;

/**
 * A text file sent along with a mail, such as an appointment's {@code .ics}.
 *
 * @param filename    the name the recipient's mail program shows and saves it under (no folders)
 * @param contentType the MIME type with its parameters, for example {@code text/calendar; method=PUBLISH}
 * @param content     the text, sent as UTF-8
 */
public record MailAttachment(String filename, String contentType, String content) {

    /** The longest attachment the outbox keeps (characters). */
    public static final int MAX_LENGTH = 500_000;

    public MailAttachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        if (filename.isBlank() || filename.length() > 200 || filename.contains("/") || filename.contains("\\")) {
            throw new IllegalArgumentException("an attachment needs a plain file name");
        }
        if (contentType.isBlank() || contentType.length() > 200) {
            throw new IllegalArgumentException("an attachment needs a content type");
        }
        if (content.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an attachment holds at most " + MAX_LENGTH + " characters");
        }
    }
}
