-- therapists: profiles, provider types, headache training and the techniques each one offers.

CREATE TABLE therapist (
    id                     UUID          PRIMARY KEY,
    account_id             UUID          NOT NULL,
    display_name           VARCHAR(120)  NOT NULL,
    provider_type          VARCHAR(30)   NOT NULL,
    licence_number         VARCHAR(60),
    headache_training      VARCHAR(500),
    training_completed_on  DATE,
    bio                    VARCHAR(2000),
    active                 BOOLEAN       NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT therapist_account_unique UNIQUE (account_id)
);

CREATE TABLE therapist_technique (
    therapist_id  UUID        NOT NULL REFERENCES therapist (id) ON DELETE CASCADE,
    technique     VARCHAR(30) NOT NULL,
    PRIMARY KEY (therapist_id, technique)
);
