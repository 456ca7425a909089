-- treatment: the pre-session check of an appointment (one per appointment; answering again replaces it and screens
-- again) and the session plan (ordered blocks, the room, the therapist's overrides of relative rules with their
-- reasons, the client's agreement), and therapists' own plan templates. Pressure is 1 (lightest) to 5 (firmest).
CREATE TABLE pre_session_check (
    appointment_id       UUID          PRIMARY KEY,
    client_id            UUID          NOT NULL,
    fever                BOOLEAN       NOT NULL,
    attack               BOOLEAN       NOT NULL,
    attack_started_at    TIMESTAMP WITH TIME ZONE,
    attack_severity      INTEGER       CHECK (attack_severity BETWEEN 0 AND 10),
    attack_medicine      VARCHAR(500),
    attack_unusual       BOOLEAN,
    touch_hurts          BOOLEAN,
    new_medicine         BOOLEAN       NOT NULL,
    new_medicine_name    VARCHAR(500),
    blood_thinner        VARCHAR(8)    CHECK (blood_thinner IN ('YES', 'NO', 'NOT_SURE')),
    new_injury           BOOLEAN       NOT NULL,
    injury_description   VARCHAR(500),
    injured_areas        VARCHAR(400),
    head_or_neck_injury  BOOLEAN       NOT NULL,
    new_symptom          BOOLEAN       NOT NULL,
    symptom_description  VARCHAR(500),
    red_flags            VARCHAR(2000) NOT NULL,
    tier                 VARCHAR(10)   NOT NULL CHECK (tier IN ('NONE', 'ROUTINE', 'URGENT', 'EMERGENCY')),
    red_flags_raised     VARCHAR(2000) NOT NULL,
    answered_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_by          UUID          NOT NULL,
    answered_by_role     VARCHAR(12)   NOT NULL
);

CREATE INDEX pre_session_check_client ON pre_session_check (client_id, answered_at);

CREATE TABLE session_plan (
    appointment_id    UUID          PRIMARY KEY,
    client_id         UUID          NOT NULL,
    lighting          VARCHAR(8)    NOT NULL CHECK (lighting IN ('DIMMED', 'OFF')),
    sound             VARCHAR(12)   NOT NULL CHECK (sound IN ('QUIET', 'SOFT_SOUND')),
    room_temperature  VARCHAR(8)    NOT NULL CHECK (room_temperature IN ('COOL', 'NEUTRAL', 'WARM')),
    pack              VARCHAR(8)    NOT NULL CHECK (pack IN ('NONE', 'COLD', 'WARM')),
    position          VARCHAR(12)   NOT NULL CHECK (position IN ('SUPINE', 'SIDE_LYING', 'PRONE')),
    note              VARCHAR(1000),
    acute             BOOLEAN       NOT NULL,
    version           BIGINT        NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        UUID          NOT NULL,
    agreed_at         TIMESTAMP WITH TIME ZONE,
    agreed_version    BIGINT
);

CREATE INDEX session_plan_client ON session_plan (client_id);

CREATE TABLE session_plan_block (
    appointment_id  UUID          NOT NULL REFERENCES session_plan (appointment_id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    technique       VARCHAR(20)   NOT NULL,
    area            VARCHAR(20)   NOT NULL,
    minutes         INTEGER       NOT NULL CHECK (minutes BETWEEN 1 AND 240),
    pressure        INTEGER       NOT NULL CHECK (pressure BETWEEN 1 AND 5),
    heat            BOOLEAN       NOT NULL,
    notes           VARCHAR(500),
    PRIMARY KEY (appointment_id, position)
);

CREATE TABLE session_plan_override (
    appointment_id  UUID          NOT NULL REFERENCES session_plan (appointment_id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    rule_id         VARCHAR(80)   NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    overridden_by   UUID          NOT NULL,
    overridden_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (appointment_id, position, rule_id)
);

CREATE TABLE plan_template (
    id            UUID          PRIMARY KEY,
    therapist_id  UUID          NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (therapist_id, name)
);

CREATE TABLE plan_template_block (
    template_id  UUID          NOT NULL REFERENCES plan_template (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    technique    VARCHAR(20)   NOT NULL,
    area         VARCHAR(20)   NOT NULL,
    minutes      INTEGER       NOT NULL CHECK (minutes BETWEEN 1 AND 240),
    pressure     INTEGER       NOT NULL CHECK (pressure BETWEEN 1 AND 5),
    heat         BOOLEAN       NOT NULL,
    notes        VARCHAR(500),
    PRIMARY KEY (template_id, position)
);
