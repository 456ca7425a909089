package org.stillpoint.clients;

import java.time.Instant;

/** One version of a consent text. A changed text is a new version; old versions stay as they were accepted. */
public record ConsentText(ConsentKind kind, int version, String title, String body, Instant publishedAt) {
}
