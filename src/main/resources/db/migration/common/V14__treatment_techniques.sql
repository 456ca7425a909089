-- treatment: the technique catalogue, seeded here with the seven techniques the clinic offers (the owner edits the
-- texts, areas, default pressure and use during an attack). Pressure is 1 (lightest) to 5 (firmest). The wording
-- describes the work; it never claims to treat, cure or prevent migraine (clinical-reference §8). Use during an
-- attack follows clinical-reference §6.3: no heat on the head or neck, no deep work, hands or feet when the head
-- cannot be touched.
CREATE TABLE technique (
    technique         VARCHAR(20)    PRIMARY KEY CHECK (technique IN ('CRANIOSACRAL', 'TRIGGER_POINT', 'SWEDISH',
                                                    'LYMPHATIC_DRAINAGE', 'MEDICAL_MASSAGE', 'REFLEXOLOGY', 'HOT_STONE')),
    description       VARCHAR(1000)  NOT NULL,
    default_pressure  INTEGER        NOT NULL CHECK (default_pressure BETWEEN 1 AND 5),
    heat              BOOLEAN        NOT NULL,
    during_attack     VARCHAR(12)    NOT NULL CHECK (during_attack IN ('ALLOWED', 'WITH_CARE', 'NOT_ALLOWED')),
    attack_note       VARCHAR(500),
    version           BIGINT         NOT NULL
);

CREATE TABLE technique_area (
    technique  VARCHAR(20)  NOT NULL REFERENCES technique (technique),
    area       VARCHAR(20)  NOT NULL CHECK (area IN ('SUBOCCIPITALS', 'TEMPORALIS_LEFT', 'TEMPORALIS_RIGHT',
                                                     'TRAPEZIUS_LEFT', 'TRAPEZIUS_RIGHT', 'POSTERIOR_NECK',
                                                     'ANTERIOR_NECK', 'SHOULDERS', 'SCALP', 'FACE', 'JAW_LEFT',
                                                     'JAW_RIGHT', 'HANDS', 'FEET')),
    PRIMARY KEY (technique, area)
);

INSERT INTO technique (technique, description, default_pressure, heat, during_attack, attack_note, version) VALUES
('CRANIOSACRAL', 'Light, still holds at the back of the head, the skull and the neck, following the tissues rather than pressing into them.',
 1, FALSE, 'WITH_CARE', 'Very light holds only, and only while touch is comfortable; stop if touch makes the pain worse.', 0),
('TRIGGER_POINT', 'Steady, sustained pressure on tender knots in the neck, shoulders, jaw and temples, adjusted to how it feels.',
 4, FALSE, 'NOT_ALLOWED', 'No deep or sustained pressure while an attack is under way.', 0),
('SWEDISH', 'Long, gliding strokes and gentle kneading that help the shoulders, neck and scalp let go.',
 2, FALSE, 'WITH_CARE', 'Light strokes only, lying on the back or the side, never face-down.', 0),
('LYMPHATIC_DRAINAGE', 'Very light, slow, rhythmic stretching of the skin along the neck, face and scalp.',
 1, FALSE, 'WITH_CARE', 'Light and slow, if touch is comfortable; never over the front of the neck with pressure.', 0),
('MEDICAL_MASSAGE', 'Kneading, rubbing and compression of the muscles of the neck, shoulders and head.',
 3, FALSE, 'NOT_ALLOWED', 'No kneading or compression during an attack; gentle hand or foot work instead.', 0),
('REFLEXOLOGY', 'Thumb and finger pressure on the feet and hands, away from the head.',
 2, FALSE, 'ALLOWED', 'Gentle hand or foot work is the choice when the head and neck cannot be touched.', 0),
('HOT_STONE', 'Smooth warmed stones laid on and glided over the shoulders, back, hands and feet, between attacks.',
 2, TRUE, 'NOT_ALLOWED', 'Never heat on the head or neck during an attack; a cold pack is the choice then.', 0);

INSERT INTO technique_area (technique, area) VALUES
('CRANIOSACRAL', 'SUBOCCIPITALS'), ('CRANIOSACRAL', 'SCALP'), ('CRANIOSACRAL', 'FACE'), ('CRANIOSACRAL', 'POSTERIOR_NECK'),
('TRIGGER_POINT', 'SUBOCCIPITALS'), ('TRIGGER_POINT', 'TEMPORALIS_LEFT'), ('TRIGGER_POINT', 'TEMPORALIS_RIGHT'),
('TRIGGER_POINT', 'TRAPEZIUS_LEFT'), ('TRIGGER_POINT', 'TRAPEZIUS_RIGHT'), ('TRIGGER_POINT', 'POSTERIOR_NECK'),
('TRIGGER_POINT', 'SHOULDERS'), ('TRIGGER_POINT', 'JAW_LEFT'), ('TRIGGER_POINT', 'JAW_RIGHT'),
('SWEDISH', 'TRAPEZIUS_LEFT'), ('SWEDISH', 'TRAPEZIUS_RIGHT'), ('SWEDISH', 'POSTERIOR_NECK'), ('SWEDISH', 'SHOULDERS'),
('SWEDISH', 'SCALP'), ('SWEDISH', 'HANDS'), ('SWEDISH', 'FEET'),
('LYMPHATIC_DRAINAGE', 'POSTERIOR_NECK'), ('LYMPHATIC_DRAINAGE', 'ANTERIOR_NECK'), ('LYMPHATIC_DRAINAGE', 'FACE'),
('LYMPHATIC_DRAINAGE', 'SCALP'), ('LYMPHATIC_DRAINAGE', 'SHOULDERS'),
('MEDICAL_MASSAGE', 'SUBOCCIPITALS'), ('MEDICAL_MASSAGE', 'TRAPEZIUS_LEFT'), ('MEDICAL_MASSAGE', 'TRAPEZIUS_RIGHT'),
('MEDICAL_MASSAGE', 'POSTERIOR_NECK'), ('MEDICAL_MASSAGE', 'SHOULDERS'), ('MEDICAL_MASSAGE', 'TEMPORALIS_LEFT'),
('MEDICAL_MASSAGE', 'TEMPORALIS_RIGHT'), ('MEDICAL_MASSAGE', 'SCALP'),
('REFLEXOLOGY', 'HANDS'), ('REFLEXOLOGY', 'FEET'),
('HOT_STONE', 'TRAPEZIUS_LEFT'), ('HOT_STONE', 'TRAPEZIUS_RIGHT'), ('HOT_STONE', 'SHOULDERS'), ('HOT_STONE', 'HANDS'),
('HOT_STONE', 'FEET');
