-- notifications: files that go along with a queued mail (an appointment's .ics, say), kept as text and sent as
-- UTF-8 attachments in the order they were given. They leave with their mail.

CREATE TABLE mail_attachment (
    mail_id       UUID            NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
    ordinal       INTEGER         NOT NULL CHECK (ordinal >= 0),
    filename      VARCHAR(200)    NOT NULL,
    content_type  VARCHAR(200)    NOT NULL,
    content       VARCHAR(500000) NOT NULL,
    PRIMARY KEY (mail_id, ordinal)
);
