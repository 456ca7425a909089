-- scheduling: which appointment reminders went out, and the secret calendar feeds.

-- One row per appointment and reminder (minutes before the start). A reminder's row is inserted in the same
-- transaction as its mail's outbox row, before it: the primary key lets only one instance send each reminder.
CREATE TABLE appointment_reminder (
    appointment_id  UUID     NOT NULL REFERENCES appointment (id),
    minutes_before  INTEGER  NOT NULL CHECK (minutes_before > 0),
    queued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (appointment_id, minutes_before)
);

-- At most one feed per account: a client's or a therapist's. Only the SHA-256 of the secret token is kept (hex),
-- so the table alone does not open anybody's calendar; a new token replaces the hash, and the old URL stops
-- working at once.
CREATE TABLE calendar_feed (
    account_id    UUID      PRIMARY KEY,
    client_id     UUID,
    therapist_id  UUID,
    token_hash    CHAR(64)  NOT NULL UNIQUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT calendar_feed_one_owner CHECK ((client_id IS NULL) <> (therapist_id IS NULL))
);
