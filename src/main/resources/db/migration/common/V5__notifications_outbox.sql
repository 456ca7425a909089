-- notifications: the outbox. A row is written in the same transaction as the change it reports and delivered
-- by the sender, which leases a row before sending it so that several instances never send the same mail twice.
--
-- A row is queued while sent_at and failed_at are both empty; next_attempt_at says when it is due and is cleared
-- once the mail is settled. attempts counts failed deliveries; last_error is the latest one, in a line.
-- leased_by / leased_until: the instance that is sending the row, and until when its claim holds (a crashed
-- instance's claim simply runs out).

CREATE TABLE mail_outbox (
    id               UUID          PRIMARY KEY,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             VARCHAR(20000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER       NOT NULL CHECK (attempts >= 0),
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    leased_until     TIMESTAMP WITH TIME ZONE,
    leased_by        VARCHAR(64),
    sent_at          TIMESTAMP WITH TIME ZONE,
    failed_at        TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(500),
    CONSTRAINT mail_outbox_settled_once CHECK (sent_at IS NULL OR failed_at IS NULL)
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at);
