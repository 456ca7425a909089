-- intake: each client's draft intake, the submitted intake versions with their red-flag screening, clinicians'
-- clearances, and the MIDAS and HIT-6 entries staff copy in. client_id names the clients module's client by id
-- only (DESIGN §3). Only the draft is ever changed: a submission, a clearance or a score is a new row.
--
-- Answers are the IntakeAnswers record as JSON text. Red flags and covered conditions are comma-separated enum
-- names ('' for none), in the order the screening gives them.

CREATE TABLE intake_draft (
    client_id   UUID             PRIMARY KEY,
    answers     VARCHAR(200000)  NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by    UUID             NOT NULL
);

CREATE TABLE intake_version (
    client_id          UUID             NOT NULL,
    version_number     INTEGER          NOT NULL CHECK (version_number >= 1),
    answers            VARCHAR(200000)  NOT NULL,
    tier               VARCHAR(10)      NOT NULL CHECK (tier IN ('NONE', 'ROUTINE', 'URGENT', 'EMERGENCY')),
    red_flags          VARCHAR(2000)    NOT NULL,
    policy_version     VARCHAR(300)     NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by       UUID             NOT NULL,
    submitted_by_name  VARCHAR(120)     NOT NULL,
    submitted_by_role  VARCHAR(20)      NOT NULL,
    PRIMARY KEY (client_id, version_number)
);
CREATE INDEX intake_version_tier ON intake_version (tier);

-- intake_version: the version that was the latest when the clearance was recorded (none before a first intake);
-- covered_red_flags / covered_conditions: what the clinician's clearance was recorded against (Intake javadoc).
CREATE TABLE intake_clearance (
    id                    UUID          PRIMARY KEY,
    client_id             UUID          NOT NULL,
    clinician_name        VARCHAR(120)  NOT NULL,
    clinician_profession  VARCHAR(120)  NOT NULL,
    cleared_on            DATE          NOT NULL,
    scope                 VARCHAR(20)   NOT NULL CHECK (scope IN ('ALL_TREATMENT', 'GENTLE_WORK_ONLY', 'NO_NECK_WORK')),
    expires_on            DATE,
    document_reference    VARCHAR(200),
    intake_version        INTEGER,
    covered_red_flags     VARCHAR(2000) NOT NULL,
    covered_conditions    VARCHAR(4000) NOT NULL,
    recorded_by           UUID          NOT NULL,
    recorded_by_name      VARCHAR(120)  NOT NULL,
    recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT intake_clearance_expiry CHECK (expires_on IS NULL OR expires_on >= cleared_on)
);
CREATE INDEX intake_clearance_client ON intake_clearance (client_id, recorded_at);

-- clinical-reference §3.1: items 1-5 and A are days in the last 3 months (0-92, our bound), B is pain 0-10; only a
-- complete form (items 1-5) has a score and a grade.
CREATE TABLE midas_entry (
    id                UUID          PRIMARY KEY,
    client_id         UUID          NOT NULL,
    administered_on   DATE          NOT NULL,
    item1             INTEGER       CHECK (item1 BETWEEN 0 AND 92),
    item2             INTEGER       CHECK (item2 BETWEEN 0 AND 92),
    item3             INTEGER       CHECK (item3 BETWEEN 0 AND 92),
    item4             INTEGER       CHECK (item4 BETWEEN 0 AND 92),
    item5             INTEGER       CHECK (item5 BETWEEN 0 AND 92),
    item_a            INTEGER       CHECK (item_a BETWEEN 0 AND 92),
    item_b            INTEGER       CHECK (item_b BETWEEN 0 AND 10),
    score             INTEGER       CHECK (score BETWEEN 0 AND 460),
    grade             VARCHAR(3)    CHECK (grade IN ('I', 'II', 'III', 'IV')),
    recorded_by       UUID          NOT NULL,
    recorded_by_name  VARCHAR(120)  NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT midas_entry_scored_when_complete CHECK (
        (score IS NOT NULL AND grade IS NOT NULL AND item1 IS NOT NULL AND item2 IS NOT NULL AND item3 IS NOT NULL
            AND item4 IS NOT NULL AND item5 IS NOT NULL)
        OR (score IS NULL AND grade IS NULL AND (item1 IS NULL OR item2 IS NULL OR item3 IS NULL OR item4 IS NULL
            OR item5 IS NULL)))
);
CREATE INDEX midas_entry_client ON midas_entry (client_id, administered_on);

-- clinical-reference §3.2: a total administered outside Stillpoint, 36-78, and its impact band.
CREATE TABLE hit6_entry (
    id                UUID          PRIMARY KEY,
    client_id         UUID          NOT NULL,
    administered_on   DATE          NOT NULL,
    total             INTEGER       NOT NULL CHECK (total BETWEEN 36 AND 78),
    impact            VARCHAR(20)   NOT NULL CHECK (impact IN ('LITTLE_OR_NONE', 'SOME', 'SUBSTANTIAL', 'SEVERE')),
    recorded_by       UUID          NOT NULL,
    recorded_by_name  VARCHAR(120)  NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX hit6_entry_client ON hit6_entry (client_id, administered_on);
