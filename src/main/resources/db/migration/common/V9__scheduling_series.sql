-- scheduling: weekly and two-weekly series of appointments, and which appointment a rescheduled one replaces.
--
-- A series row is written in the same transaction as its first occurrence that could be booked, so a series of
-- which nothing could be booked leaves nothing behind. The times of the occurrences that could not be booked,
-- why not and the nearest free alternative then are kept with it, so that a retried request (same account, same
-- Idempotency-Key) answers what the first one did.
CREATE TABLE appointment_series (
    id                   UUID          PRIMARY KEY,
    client_id            UUID          NOT NULL,
    therapist_id         UUID          NOT NULL,
    session_type_id      UUID          NOT NULL,
    room_id              UUID,
    first_start          TIMESTAMP WITH TIME ZONE NOT NULL,
    recurrence           VARCHAR(3)    NOT NULL CHECK (recurrence IN ('P1W', 'P2W')),
    occurrences          INTEGER       NOT NULL CHECK (occurrences BETWEEN 1 AND 26),
    booked_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    booked_by            UUID          NOT NULL,
    idempotency_key      VARCHAR(200),
    request_fingerprint  CHAR(64),
    CONSTRAINT appointment_series_key UNIQUE (booked_by, idempotency_key)
);
CREATE INDEX appointment_series_client ON appointment_series (client_id);

CREATE TABLE appointment_series_conflict (
    series_id              UUID          NOT NULL REFERENCES appointment_series (id) ON DELETE CASCADE,
    occurrence_start       TIMESTAMP WITH TIME ZONE NOT NULL,
    reason                 VARCHAR(40)   NOT NULL,
    alternative_start      TIMESTAMP WITH TIME ZONE,
    alternative_end        TIMESTAMP WITH TIME ZONE,
    alternative_therapist  UUID,
    alternative_room       UUID,
    PRIMARY KEY (series_id, occurrence_start)
);

ALTER TABLE appointment ADD COLUMN series_id UUID REFERENCES appointment_series (id);
ALTER TABLE appointment ADD COLUMN replaces_id UUID REFERENCES appointment (id);
CREATE INDEX appointment_series_start ON appointment (series_id, start_at);
