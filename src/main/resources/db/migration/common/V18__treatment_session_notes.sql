-- treatment: the structured note of a session (SOAP): what the client reports and their pain before, findings per
-- area, the assessment, the blocks of work actually done (rows, for outcome analytics), pain after, the client's
-- response, adverse events, recommendations and the suggested next session. One note per appointment; a draft is
-- replaced until it is signed, and a signed note is never changed again: corrections are amendments beside it.
-- Appointment, client, therapist and account ids belong to other modules and carry no foreign key; a block's technique
-- is one of the catalogue's (V14).
-- The appointment's start and end are copied in: an appointment's time never changes (moving one books a new one).

CREATE TABLE session_note (
    appointment_id         UUID           PRIMARY KEY,
    client_id              UUID           NOT NULL,
    therapist_id           UUID           NOT NULL,
    appointment_start      TIMESTAMP WITH TIME ZONE NOT NULL,
    appointment_end        TIMESTAMP WITH TIME ZONE NOT NULL,
    status                 VARCHAR(6)     NOT NULL CHECK (status IN ('DRAFT', 'SIGNED')),
    subjective             VARCHAR(2000),
    pain_before            INTEGER        CHECK (pain_before BETWEEN 0 AND 10),
    assessment             VARCHAR(2000),
    pain_after             INTEGER        CHECK (pain_after BETWEEN 0 AND 10),
    client_response        VARCHAR(2000),
    adverse_note           VARCHAR(1000),
    recommendations        VARCHAR(2000),
    next_every             INTEGER        CHECK (next_every BETWEEN 1 AND 365),
    next_unit              VARCHAR(5)     CHECK (next_unit IN ('DAYS', 'WEEKS')),
    next_note              VARCHAR(500),
    emergency_reported_at  TIMESTAMP WITH TIME ZONE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by             UUID           NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by             UUID           NOT NULL,
    signed_at              TIMESTAMP WITH TIME ZONE,
    signed_by              UUID,
    CONSTRAINT session_note_times CHECK (appointment_start < appointment_end),
    CONSTRAINT session_note_signature CHECK ((status = 'SIGNED') = (signed_at IS NOT NULL AND signed_by IS NOT NULL)),
    CONSTRAINT session_note_signed_pain CHECK (status = 'DRAFT' OR (pain_before IS NOT NULL AND pain_after IS NOT NULL)),
    CONSTRAINT session_note_next CHECK ((next_every IS NULL) = (next_unit IS NULL))
);
CREATE INDEX session_note_client ON session_note (client_id, appointment_start);
CREATE INDEX session_note_therapist ON session_note (therapist_id, appointment_start);

-- Tension 0 none, 1 mild, 2 moderate, 3 marked.
CREATE TABLE session_note_finding (
    appointment_id  UUID          NOT NULL REFERENCES session_note (appointment_id) ON DELETE CASCADE,
    area            VARCHAR(20)   NOT NULL CHECK (area IN ('SUBOCCIPITALS', 'TEMPORALIS_LEFT', 'TEMPORALIS_RIGHT',
                                                           'TRAPEZIUS_LEFT', 'TRAPEZIUS_RIGHT', 'POSTERIOR_NECK',
                                                           'ANTERIOR_NECK', 'SHOULDERS', 'SCALP', 'FACE', 'JAW_LEFT',
                                                           'JAW_RIGHT', 'HANDS', 'FEET')),
    tension         INTEGER       CHECK (tension BETWEEN 0 AND 3),
    trigger_points  BOOLEAN,
    note            VARCHAR(500),
    PRIMARY KEY (appointment_id, area)
);

-- Pressure 1 (lightest) to 5 (firmest), as in the technique catalogue and the session plans.
CREATE TABLE session_note_block (
    appointment_id  UUID          NOT NULL REFERENCES session_note (appointment_id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL CHECK (position >= 0),
    technique       VARCHAR(20)   NOT NULL REFERENCES technique (technique),
    area            VARCHAR(20)   NOT NULL CHECK (area IN ('SUBOCCIPITALS', 'TEMPORALIS_LEFT', 'TEMPORALIS_RIGHT',
                                                           'TRAPEZIUS_LEFT', 'TRAPEZIUS_RIGHT', 'POSTERIOR_NECK',
                                                           'ANTERIOR_NECK', 'SHOULDERS', 'SCALP', 'FACE', 'JAW_LEFT',
                                                           'JAW_RIGHT', 'HANDS', 'FEET')),
    minutes         INTEGER       NOT NULL CHECK (minutes BETWEEN 1 AND 240),
    pressure        INTEGER       NOT NULL CHECK (pressure BETWEEN 1 AND 5),
    PRIMARY KEY (appointment_id, position)
);
CREATE INDEX session_note_block_technique ON session_note_block (technique, area);

CREATE TABLE session_note_adverse_event (
    appointment_id  UUID          NOT NULL REFERENCES session_note (appointment_id) ON DELETE CASCADE,
    event           VARCHAR(20)   NOT NULL CHECK (event IN ('SUDDEN_NECK_PAIN', 'NEW_HEADACHE', 'DIZZINESS',
                                                  'VISUAL_CHANGE', 'SPEECH_CHANGE', 'BRUISING', 'SORENESS', 'NAUSEA',
                                                  'HEADACHE_WORSE', 'OTHER')),
    PRIMARY KEY (appointment_id, event)
);

-- An amendment corrects a signed note: its reason, a correction in words, and the fields it corrects (null or
-- "not corrected" leaves the original's value in force). Numbered from 1 per note, never changed.
CREATE TABLE session_note_amendment (
    appointment_id            UUID           NOT NULL REFERENCES session_note (appointment_id),
    number                    INTEGER        NOT NULL CHECK (number >= 1),
    reason                    VARCHAR(1000)  NOT NULL,
    correction                VARCHAR(2000),
    pain_before               INTEGER        CHECK (pain_before BETWEEN 0 AND 10),
    pain_after                INTEGER        CHECK (pain_after BETWEEN 0 AND 10),
    blocks_corrected          BOOLEAN        NOT NULL,
    adverse_events_corrected  BOOLEAN        NOT NULL,
    written_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by                UUID           NOT NULL,
    PRIMARY KEY (appointment_id, number)
);

CREATE TABLE session_note_amendment_block (
    appointment_id  UUID          NOT NULL,
    number          INTEGER       NOT NULL,
    position        INTEGER       NOT NULL CHECK (position >= 0),
    technique       VARCHAR(20)   NOT NULL REFERENCES technique (technique),
    area            VARCHAR(20)   NOT NULL CHECK (area IN ('SUBOCCIPITALS', 'TEMPORALIS_LEFT', 'TEMPORALIS_RIGHT',
                                                           'TRAPEZIUS_LEFT', 'TRAPEZIUS_RIGHT', 'POSTERIOR_NECK',
                                                           'ANTERIOR_NECK', 'SHOULDERS', 'SCALP', 'FACE', 'JAW_LEFT',
                                                           'JAW_RIGHT', 'HANDS', 'FEET')),
    minutes         INTEGER       NOT NULL CHECK (minutes BETWEEN 1 AND 240),
    pressure        INTEGER       NOT NULL CHECK (pressure BETWEEN 1 AND 5),
    PRIMARY KEY (appointment_id, number, position),
    FOREIGN KEY (appointment_id, number) REFERENCES session_note_amendment (appointment_id, number)
);

CREATE TABLE session_note_amendment_adverse_event (
    appointment_id  UUID          NOT NULL,
    number          INTEGER       NOT NULL,
    event           VARCHAR(20)   NOT NULL CHECK (event IN ('SUDDEN_NECK_PAIN', 'NEW_HEADACHE', 'DIZZINESS',
                                                  'VISUAL_CHANGE', 'SPEECH_CHANGE', 'BRUISING', 'SORENESS', 'NAUSEA',
                                                  'HEADACHE_WORSE', 'OTHER')),
    PRIMARY KEY (appointment_id, number, event),
    FOREIGN KEY (appointment_id, number) REFERENCES session_note_amendment (appointment_id, number)
);
