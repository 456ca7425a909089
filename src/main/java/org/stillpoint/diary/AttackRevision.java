package org.stillpoint.diary;

import java.time.Instant;

/** An earlier version of an attack, kept when the client changed or deleted it. */
public record AttackRevision(int version, AttackEntry entry, Instant replacedAt, boolean deleted) {
}
