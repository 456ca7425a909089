-- The headache diary (clinical-reference §1.0, §2). One settings row per client who keeps a diary: the time zone
-- their calendar days are counted in, the evening reminder, menstruation tracking. Writes to a client's diary lock
-- this row, so that two attacks recorded at once cannot overlap.
CREATE TABLE diary_settings (
    client_id            UUID          PRIMARY KEY,
    zone_id              VARCHAR(64)   NOT NULL,
    reminder_enabled     BOOLEAN       NOT NULL,
    reminder_time        VARCHAR(5)    NOT NULL,
    tracks_menstruation  BOOLEAN       NOT NULL,
    last_reminder_on     DATE,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An attack: the whole entry as JSON (details), with its start and end as columns for the window and overlap
-- queries. An edit raises version and keeps the earlier version in diary_attack_revision; a deleted attack keeps
-- its row (deleted_at set) and its versions, and counts for nothing.
CREATE TABLE diary_attack (
    id           UUID      PRIMARY KEY,
    client_id    UUID      NOT NULL REFERENCES diary_settings (client_id),
    version      INTEGER   NOT NULL CHECK (version >= 1),
    start_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at       TIMESTAMP WITH TIME ZONE,
    complete     BOOLEAN   NOT NULL,
    details      TEXT      NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT diary_attack_ends_after_start CHECK (end_at IS NULL OR end_at > start_at)
);
CREATE INDEX diary_attack_client_start ON diary_attack (client_id, start_at);

CREATE TABLE diary_attack_revision (
    attack_id    UUID      NOT NULL REFERENCES diary_attack (id),
    version      INTEGER   NOT NULL,
    details      TEXT      NOT NULL,
    replaced_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted      BOOLEAN   NOT NULL,
    PRIMARY KEY (attack_id, version)
);

-- The daily check-in: the client's own calendar day, headache-free or headache. A day without a row is a gap.
CREATE TABLE diary_day (
    client_id     UUID          NOT NULL REFERENCES diary_settings (client_id),
    diary_date    DATE          NOT NULL,
    status        VARCHAR(20)   NOT NULL CHECK (status IN ('HEADACHE_FREE', 'HEADACHE')),
    menstruation  BOOLEAN,
    note          VARCHAR(500),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, diary_date)
);
