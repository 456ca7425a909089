-- scheduling: the therapists' weekly hours and time off, the clinic's closures, appointments, the lock rows that
-- queue bookings per therapist and per room, and the idempotency keys of booking requests.
-- The constraints that make overlapping appointments impossible on PostgreSQL are in postgresql/V8_1.

CREATE TABLE working_week (
    therapist_id  UUID    PRIMARY KEY,
    version       BIGINT  NOT NULL
);

-- Local times in the clinic's zone; stretches of one day never overlap (checked when the week is saved).
CREATE TABLE working_interval (
    therapist_id  UUID        NOT NULL REFERENCES working_week (therapist_id) ON DELETE CASCADE,
    day_of_week   VARCHAR(9)  NOT NULL CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY',
                                                              'FRIDAY', 'SATURDAY', 'SUNDAY')),
    starts_at     TIME        NOT NULL,
    ends_at       TIME        NOT NULL,
    PRIMARY KEY (therapist_id, day_of_week, starts_at),
    CONSTRAINT working_interval_order CHECK (starts_at < ends_at)
);

-- Stored as instants; time off given as whole days also keeps its first and last day (clinic zone).
CREATE TABLE time_off (
    id            UUID          PRIMARY KEY,
    therapist_id  UUID          NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    first_day     DATE,
    last_day      DATE,
    reason        VARCHAR(200),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID          NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT time_off_order CHECK (starts_at < ends_at)
);
CREATE INDEX time_off_therapist_end ON time_off (therapist_id, ends_at);

CREATE TABLE clinic_closure (
    closed_on   DATE          PRIMARY KEY,
    reason      VARCHAR(200),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The therapist and the room are busy from start_at until blocked_until: the end plus the clinic's buffer at the
-- time of booking. The span check bounds how long that can be (Appointment.LONGEST), so that queries for the
-- appointments around a time bound start_at on both sides and use the index on it.
CREATE TABLE appointment (
    id                    UUID          PRIMARY KEY,
    client_id             UUID          NOT NULL,
    therapist_id          UUID          NOT NULL,
    room_id               UUID          NOT NULL,
    session_type_id       UUID          NOT NULL,
    start_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until         TIMESTAMP WITH TIME ZONE NOT NULL,
    status                VARCHAR(12)   NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED', 'COMPLETED', 'MISSED')),
    booked_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    booked_by             UUID          NOT NULL,
    cancelled_at          TIMESTAMP WITH TIME ZONE,
    cancelled_by          UUID,
    late_cancellation     BOOLEAN       NOT NULL,
    cancellation_reason   VARCHAR(300),
    outcome_recorded_at   TIMESTAMP WITH TIME ZONE,
    outcome_recorded_by   UUID,
    version               BIGINT        NOT NULL,
    CONSTRAINT appointment_times CHECK (start_at < end_at AND end_at <= blocked_until),
    CONSTRAINT appointment_span CHECK (blocked_until <= start_at + INTERVAL '6' HOUR),
    CONSTRAINT appointment_cancelled CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
CREATE INDEX appointment_start ON appointment (start_at);
CREATE INDEX appointment_therapist_start ON appointment (therapist_id, start_at);
CREATE INDEX appointment_room_start ON appointment (room_id, start_at);
CREATE INDEX appointment_client_start ON appointment (client_id, start_at);

-- One row per therapist and per room, created on first use; a booking locks its therapist's and its room's rows
-- (in a fixed order) before it checks for overlaps and inserts.
CREATE TABLE booking_lock (
    resource_id  UUID  PRIMARY KEY
);

-- The Idempotency-Key of a booking request, per account, with a fingerprint of the request and what it booked.
CREATE TABLE booking_request (
    account_id           UUID          NOT NULL,
    idempotency_key      VARCHAR(200)  NOT NULL,
    request_fingerprint  CHAR(64)      NOT NULL,
    appointment_id       UUID          NOT NULL REFERENCES appointment (id),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, idempotency_key)
);
CREATE INDEX booking_request_created ON booking_request (created_at);
