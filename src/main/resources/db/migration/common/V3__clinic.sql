-- clinic: the clinic profile and settings, rooms and their sensory features, session types and their prices.

CREATE TABLE clinic (
    id                         INTEGER      PRIMARY KEY CHECK (id = 1),
    name                       VARCHAR(120) NOT NULL,
    address                    VARCHAR(300),
    phone                      VARCHAR(40),
    time_zone                  VARCHAR(64)  NOT NULL,
    currency                   CHAR(3)      NOT NULL,
    cancellation_window_hours  INTEGER      NOT NULL CHECK (cancellation_window_hours BETWEEN 0 AND 168),
    slot_step_minutes          INTEGER      NOT NULL CHECK (slot_step_minutes BETWEEN 5 AND 60),
    buffer_minutes             INTEGER      NOT NULL CHECK (buffer_minutes BETWEEN 0 AND 60),
    version                    BIGINT       NOT NULL
);

CREATE TABLE room (
    id                UUID        PRIMARY KEY,
    name              VARCHAR(80) NOT NULL,
    dimmable          BOOLEAN     NOT NULL,
    scent_free        BOOLEAN     NOT NULL,
    soundproofed      BOOLEAN     NOT NULL,
    heated_table      BOOLEAN     NOT NULL,
    hot_stone_heater  BOOLEAN     NOT NULL,
    active            BOOLEAN     NOT NULL,
    version           BIGINT      NOT NULL,
    CONSTRAINT room_name_unique UNIQUE (name)
);

CREATE TABLE session_type (
    id               UUID          PRIMARY KEY,
    name             VARCHAR(80)   NOT NULL,
    minutes          INTEGER       NOT NULL CHECK (minutes BETWEEN 5 AND 240),
    kind             VARCHAR(20)   NOT NULL CHECK (kind IN ('CONSULTATION', 'TREATMENT', 'ACUTE_RELIEF', 'ADD_ON')),
    bookable_online  BOOLEAN       NOT NULL,
    description      VARCHAR(1000),
    active           BOOLEAN       NOT NULL,
    required_technique VARCHAR(30),
    sort_order       INTEGER       NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT session_type_name_unique UNIQUE (name)
);

CREATE TABLE session_type_price (
    session_type_id  UUID          NOT NULL REFERENCES session_type (id) ON DELETE CASCADE,
    provider_type    VARCHAR(30)   NOT NULL,
    amount           NUMERIC(10,2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (session_type_id, provider_type)
);
