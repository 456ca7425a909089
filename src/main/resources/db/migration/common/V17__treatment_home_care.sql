-- treatment: home-care plans. The therapist who cares for a client (or the owner) builds the plan after a session
-- from the templates seeded here; the client ticks, day by day, what they did. client_id names the clients module's
-- client by id only (DESIGN §3).
--
-- A template's name and instructions are message keys derived from its key (home-care.template.<key> and
-- home-care.template.<key>.how), so that the wording is translated like every other text. The wording describes
-- what to do and never claims that it treats, cures or prevents migraine (clinical-reference §8.4).
--
-- frequency: TIMES_PER_DAY and TIMES_PER_WEEK carry a count in times; DAILY, DURING_ATTACK and BETWEEN_ATTACKS none.
-- measure: what amount counts, MINUTES (how long each time) or GLASSES (of water a day).
-- max_amount is our own ceiling [U]: no source in clinical-reference gives one. Cold and heat stay at 20 minutes or
-- less at a time, the usual advice to protect the skin.
-- heat: a template that warms; clinical-reference §6.3 keeps heat away from an attack, so an item made from it may
-- never be DURING_ATTACK (the facade refuses it).
CREATE TABLE home_care_template (
    template_key  VARCHAR(40)  PRIMARY KEY,
    sort_order    INTEGER      NOT NULL UNIQUE,
    frequency     VARCHAR(20)  NOT NULL CHECK (frequency IN ('TIMES_PER_DAY', 'DAILY', 'TIMES_PER_WEEK',
                                                             'DURING_ATTACK', 'BETWEEN_ATTACKS')),
    times         INTEGER      CHECK (times BETWEEN 1 AND 6),
    measure       VARCHAR(10)  NOT NULL CHECK (measure IN ('MINUTES', 'GLASSES')),
    amount        INTEGER      NOT NULL CHECK (amount >= 1),
    max_amount    INTEGER      NOT NULL,
    heat          BOOLEAN      NOT NULL,
    CONSTRAINT home_care_template_max CHECK (max_amount >= amount),
    CONSTRAINT home_care_template_times CHECK ((frequency IN ('TIMES_PER_DAY', 'TIMES_PER_WEEK')) = (times IS NOT NULL)),
    CONSTRAINT home_care_template_heat CHECK (NOT (heat AND frequency = 'DURING_ATTACK'))
);

INSERT INTO home_care_template (template_key, sort_order, frequency, times, measure, amount, max_amount, heat) VALUES
('SKULL_BASE_PRESSURE',  1, 'TIMES_PER_DAY',   2,    'MINUTES', 5,  15, FALSE),
('TEMPLE_MASSAGE',       2, 'TIMES_PER_DAY',   2,    'MINUTES', 3,  15, FALSE),
('JAW_RELAXATION',       3, 'TIMES_PER_DAY',   3,    'MINUTES', 2,  15, FALSE),
('COLD_PACK',            4, 'DURING_ATTACK',   NULL, 'MINUTES', 15, 20, FALSE),
('HEAT_PACK',            5, 'BETWEEN_ATTACKS', NULL, 'MINUTES', 15, 20, TRUE),
('HYDRATION',            6, 'DAILY',           NULL, 'GLASSES', 8,  16, FALSE),
('DEEP_BREATHING',       7, 'TIMES_PER_DAY',   2,    'MINUTES', 5,  30, FALSE),
('MEDITATION',           8, 'DAILY',           NULL, 'MINUTES', 10, 60, FALSE),
('NECK_STRETCHES',       9, 'TIMES_PER_DAY',   2,    'MINUTES', 5,  15, FALSE);

-- One plan per client; version counts the changes, so that a change made from an older version is refused (409).
CREATE TABLE home_care_plan (
    client_id        UUID          PRIMARY KEY,
    version          BIGINT        NOT NULL CHECK (version >= 1),
    note             VARCHAR(500),
    updated_by       UUID          NOT NULL,
    updated_by_name  VARCHAR(120)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An item of a plan. A removed item keeps its row (removed_at set), so that the client's ticks for it are kept.
-- added_on is the day, in the clinic's zone, from which the client may tick it.
CREATE TABLE home_care_item (
    id            UUID          PRIMARY KEY,
    client_id     UUID          NOT NULL REFERENCES home_care_plan (client_id),
    template_key  VARCHAR(40)   NOT NULL REFERENCES home_care_template (template_key),
    sort_order    INTEGER       NOT NULL,
    frequency     VARCHAR(20)   NOT NULL CHECK (frequency IN ('TIMES_PER_DAY', 'DAILY', 'TIMES_PER_WEEK',
                                                              'DURING_ATTACK', 'BETWEEN_ATTACKS')),
    times         INTEGER       CHECK (times BETWEEN 1 AND 6),
    amount        INTEGER       NOT NULL CHECK (amount >= 1),
    notes         VARCHAR(300),
    added_on      DATE          NOT NULL,
    removed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT home_care_item_times CHECK ((frequency IN ('TIMES_PER_DAY', 'TIMES_PER_WEEK')) = (times IS NOT NULL))
);
CREATE INDEX home_care_item_client ON home_care_item (client_id);

-- What the client ticked: one row per item and day (the day in the clinic's zone); unticking keeps the row with
-- done = FALSE.
CREATE TABLE home_care_adherence (
    item_id      UUID     NOT NULL REFERENCES home_care_item (id),
    done_on      DATE     NOT NULL,
    client_id    UUID     NOT NULL,
    done         BOOLEAN  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, done_on)
);
CREATE INDEX home_care_adherence_client ON home_care_adherence (client_id, done_on);
