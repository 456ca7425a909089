-- notifications: the outbox. A row is written in the same transaction as the change it reports and delivered
-- by the sender, which leases rows so that several instances never send the same mail twice.

CREATE TABLE mail_outbox (
    id               UUID          PRIMARY KEY,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             VARCHAR(20000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    leased_until     TIMESTAMP WITH TIME ZONE,
    leased_by        VARCHAR(64),
    sent_at          TIMESTAMP WITH TIME ZONE,
    failed_at        TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(500)
);
CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);
