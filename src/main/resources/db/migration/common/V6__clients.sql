-- clients: client records with contact, preferences and diary sharing; versioned consent texts and their
-- acceptances; one-time e-mail verification tokens (only their hash is stored).

CREATE TABLE client (
    id                       UUID          PRIMARY KEY,
    account_id               UUID,
    first_name               VARCHAR(80)   NOT NULL,
    last_name                VARCHAR(80)   NOT NULL,
    email                    VARCHAR(254)  NOT NULL,
    date_of_birth            DATE          NOT NULL CHECK (date_of_birth >= DATE '1900-01-01'),
    phone                    VARCHAR(40),
    address                  VARCHAR(300),
    emergency_contact_name   VARCHAR(120),
    emergency_contact_phone  VARCHAR(40),
    preferred_language       VARCHAR(40),
    doctor_name              VARCHAR(120),
    doctor_contact           VARCHAR(300),
    email_verified_at        TIMESTAMP WITH TIME ZONE,
    light_sensitive          BOOLEAN       NOT NULL,
    sound_sensitive          BOOLEAN       NOT NULL,
    scent_sensitive          BOOLEAN       NOT NULL,
    touch_sensitive          BOOLEAN       NOT NULL,
    pressure_preference      VARCHAR(12)   CHECK (pressure_preference IN ('VERY_LIGHT', 'LIGHT', 'MODERATE')),
    areas_to_avoid           VARCHAR(500),
    quiet_session            BOOLEAN       NOT NULL,
    shares_diary             BOOLEAN       NOT NULL,
    sharing_changed_at       TIMESTAMP WITH TIME ZONE,
    registered_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT        NOT NULL,
    CONSTRAINT client_email_unique UNIQUE (email),
    CONSTRAINT client_account_unique UNIQUE (account_id)
);
CREATE INDEX client_name ON client (last_name, first_name);

CREATE TABLE consent_text (
    kind          VARCHAR(20)    NOT NULL CHECK (kind IN ('TREATMENT', 'PRIVACY')),
    version       INTEGER        NOT NULL CHECK (version >= 1),
    title         VARCHAR(120)   NOT NULL,
    body          VARCHAR(8000)  NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, version)
);

CREATE TABLE consent_acceptance (
    client_id    UUID         NOT NULL REFERENCES client (id),
    kind         VARCHAR(20)  NOT NULL,
    version      INTEGER      NOT NULL,
    accepted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, kind, version),
    CONSTRAINT consent_acceptance_text FOREIGN KEY (kind, version) REFERENCES consent_text (kind, version)
);

CREATE TABLE client_email_token (
    token_hash  CHAR(64)      PRIMARY KEY,
    client_id   UUID          NOT NULL REFERENCES client (id),
    email       VARCHAR(254)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX client_email_token_client ON client_email_token (client_id);

INSERT INTO consent_text (kind, version, title, body, published_at) VALUES ('TREATMENT', 1, 'Consent to treatment',
'Massage at this clinic is gentle, hands-on work for people who live with headache and migraine. Before every session your therapist asks how you are today, and you can ask to change or stop the session at any moment, for any reason.

Stillpoint and the therapists here do not replace a doctor. Massage does not diagnose or cure headache or migraine. Please keep seeing your doctor about your headaches and your medicines, and tell us about any new or changed health problem before a session.

If a headache is sudden and severe, or comes with weakness, numbness, confusion, trouble speaking, a stiff neck or fever, do not come for a massage: call emergency services or see a doctor straight away.

By accepting, you agree to receive massage treatment here, you confirm that what you tell us about your health is true to the best of your knowledge, and you understand that you can withdraw this consent at any time.',
CURRENT_TIMESTAMP);

INSERT INTO consent_text (kind, version, title, body, published_at) VALUES ('PRIVACY', 1, 'Privacy notice',
'We keep what you tell us so that your care is safe and fits you: your contact details, your headache history and intake, your session notes and, if you keep one here, your headache diary.

Only the people who need it can see it. You see all of your own records. Your therapists see the clinical records of the clients they have appointments with. The front desk sees your contact, booking and billing details, never your notes or your diary. The clinic owner can see everything, and every time staff open a clinical record it is written in a log that cannot be changed.

Your therapists see your headache diary only if you choose to share it, and you can change that at any time.

We do not sell your data or use it for advertising. You can ask for a copy of your records, for corrections, or for your records to be erased where the law allows.',
CURRENT_TIMESTAMP);
