-- treatment: the contraindication rules of clinical-reference §6.1–6.4 as data (§6.5). The intake says which
-- conditions a client has (intake/domain/ContraindicationPolicy); these rows say what each condition does to a block
-- of work, per technique and area. A rule is (condition, scope, technique set, class, effect, clearance, source tag):
--   scope     GENERAL = every area; HEAD; NECK (back and front); ANTERIOR_NECK; HANDS; FEET; ABDOMEN and LOCAL (a site
--             the client described in their own words) cannot be matched to a planned area and are shown for the
--             whole session;
--   effect    NO_SESSION (no session today), NO_WORK (not this technique on this area), MAX_PRESSURE (up to
--             max_pressure, 1 lightest to 5 firmest), NO_HEAT (no heat; a hot-stone block is heat), CAUTION (shown);
--   class     ABSOLUTE is never overridden in the app; RELATIVE may be, with the therapist's reason;
--   clearance requires_clearance: without a clinician's clearance recorded against the condition the covered work is
--             blocked; with it an ABSOLUTE rule is lifted ("absolute until cleared") and a RELATIVE one may be
--             overridden.
-- No technique rows = every technique. Where sources disagree the stricter reading is taken and tagged U (§6).
-- Rules that hold for every client (the front of the neck, §6.2) are built into the engine (ContraindicationEngine).
CREATE TABLE contraindication_rule (
    id                  VARCHAR(80)   PRIMARY KEY,
    position            INTEGER       NOT NULL UNIQUE,
    condition           VARCHAR(40)   NOT NULL CHECK (condition IN (
                            'RED_FLAG_SCREENING', 'FEVER', 'ACUTE_INFECTION', 'DVT_CURRENT', 'DVT_PAST',
                            'HYPERTENSION_UNCONTROLLED', 'HYPERTENSION_CONTROLLED', 'BLOOD_PRESSURE_UNKNOWN',
                            'PRE_ECLAMPSIA', 'INTOXICATION', 'CHEMOTHERAPY_LAST_72_HOURS', 'STROKE_OR_TIA_RECENT',
                            'ACUTE_INJURY', 'OPEN_WOUND_OR_BURN', 'CONTAGIOUS_SKIN_CONDITION', 'RECENT_SCAR',
                            'RECENT_FRACTURE_OR_SURGERY', 'VARICOSE_VEINS', 'ANTICOAGULANTS', 'BLEEDING_DISORDER',
                            'OSTEOPOROSIS', 'DIABETES', 'REDUCED_SENSATION', 'CANCER_ACTIVE', 'PREGNANCY',
                            'PREGNANCY_FIRST_TRIMESTER', 'PREGNANCY_HIGH_RISK', 'IMPLANT',
                            'HEAD_OR_NECK_TRAUMA_NOT_ASSESSED', 'HEAD_OR_NECK_TRAUMA_ASSESSED',
                            'CAROTID_SINUS_HYPERSENSITIVITY', 'CAROTID_STENOSIS', 'ARTERY_DISSECTION',
                            'AGE_OVER_LYMPHATIC_NECK_LIMIT', 'HYPERTHYROIDISM', 'THYROID_DISEASE',
                            'ATTACK_IN_PROGRESS', 'TOUCH_HURTS_DURING_ATTACK', 'STROKE_OR_TIA_WITHIN_6_MONTHS',
                            'CANCER_TREATED', 'HEART_FAILURE', 'ARRHYTHMIA', 'IMMUNE_SUPPRESSION',
                            'HEAT_SENSITIVE_SKIN', 'CEREBRAL_ANEURYSM', 'RAISED_INTRACRANIAL_PRESSURE',
                            'HYDROCEPHALUS', 'RECENT_SPINAL_PUNCTURE_OR_EPIDURAL', 'BRAIN_TUMOUR', 'EPILEPSY',
                            'KIDNEY_FAILURE_ACUTE', 'KIDNEY_DISEASE_CHRONIC', 'LOW_BLOOD_PRESSURE', 'ASTHMA',
                            'FOOT_INJURY_OR_WOUND', 'GOUT_IN_FOOT', 'FOOT_INFECTION', 'FOOT_OR_ANKLE_OSTEOARTHRITIS',
                            'PERIPHERAL_VASCULAR_DISEASE', 'HEAT_SENSITISING_MEDICATION', 'RECENT_RADIOTHERAPY',
                            'OIL_ALLERGY')),
    scope               VARCHAR(20)   NOT NULL CHECK (scope IN ('GENERAL', 'HEAD', 'NECK', 'ANTERIOR_NECK', 'ABDOMEN',
                                                                'HANDS', 'FEET', 'LOCAL')),
    rule_class          VARCHAR(10)   NOT NULL CHECK (rule_class IN ('ABSOLUTE', 'RELATIVE')),
    effect              VARCHAR(20)   NOT NULL CHECK (effect IN ('NO_SESSION', 'NO_WORK', 'MAX_PRESSURE', 'NO_HEAT',
                                                                 'CAUTION')),
    max_pressure        INTEGER       CHECK (max_pressure BETWEEN 1 AND 5),
    requires_clearance  BOOLEAN       NOT NULL,
    source_tag          VARCHAR(1)    NOT NULL CHECK (source_tag IN ('C', 'S', 'U')),
    section             VARCHAR(10),
    reason_key          VARCHAR(120)  NOT NULL,
    CONSTRAINT contraindication_rule_pressure CHECK (
        (effect = 'MAX_PRESSURE' AND max_pressure IS NOT NULL) OR (effect <> 'MAX_PRESSURE' AND max_pressure IS NULL)),
    -- "No session" is absolute and general by definition (§6: absolute (general): no session of any kind).
    CONSTRAINT contraindication_rule_no_session CHECK (
        effect <> 'NO_SESSION' OR (rule_class = 'ABSOLUTE' AND scope = 'GENERAL'))
);

CREATE TABLE contraindication_rule_technique (
    rule_id    VARCHAR(80)  NOT NULL REFERENCES contraindication_rule (id),
    technique  VARCHAR(20)  NOT NULL CHECK (technique IN ('CRANIOSACRAL', 'TRIGGER_POINT', 'SWEDISH',
                                                          'LYMPHATIC_DRAINAGE', 'MEDICAL_MASSAGE', 'REFLEXOLOGY',
                                                          'HOT_STONE')),
    PRIMARY KEY (rule_id, technique)
);

INSERT INTO contraindication_rule (position, id, condition, scope, rule_class, effect, max_pressure,
                                   requires_clearance, source_tag, section, reason_key) VALUES
-- §6.1 row "Any SNNOOP10 emergency or urgent flag": absolute (general), block until cleared [U policy].
(10, '6.1-red-flag-screening', 'RED_FLAG_SCREENING', 'GENERAL', 'ABSOLUTE', 'NO_SESSION', NULL, TRUE, 'U', '6.1',
 'contraindication-rule.6.1-red-flag-screening'),
-- §6.1 row "Fever / acute systemic infection": absolute (general), reschedule.
(20, '6.1-fever', 'FEVER', 'GENERAL', 'ABSOLUTE', 'NO_SESSION', NULL, FALSE, 'S', '6.1',
 'contraindication-rule.6.1-fever'),
(30, '6.1-acute-infection', 'ACUTE_INFECTION', 'GENERAL', 'ABSOLUTE', 'NO_SESSION', NULL, FALSE, 'S', '6.1',
 'contraindication-rule.6.1-acute-infection'),
-- §6.1 row "Suspected or untreated DVT": absolute (general), refer; a clinician's clearance lifts it (as the intake
-- records it). A past DVT has no row: clearance first is our reading [U].
(40, '6.1-dvt-current', 'DVT_CURRENT', 'GENERAL', 'ABSOLUTE', 'NO_SESSION', NULL, TRUE, 'S', '6.1',
 'contraindication-rule.6.1-dvt-current'),
(50, '6.1-dvt-past', 'DVT_PAST', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, TRUE, 'U', '6.1',
 'contraindication-rule.6.1-dvt-past'),
-- §6.1 row "Severe uncontrolled hypertension": absolute (general), refer (a client-reported "uncontrolled" counts).
(60, '6.1-hypertension-uncontrolled', 'HYPERTENSION_UNCONTROLLED', 'GENERAL', 'ABSOLUTE', 'NO_SESSION', NULL, TRUE,
 'S', '6.1', 'contraindication-rule.6.1-hypertension-uncontrolled'),
-- §6.1 row "Pre-eclampsia / toxaemia": absolute (general), refer.
(70, '6.1-pre-eclampsia', 'PRE_ECLAMPSIA', 'GENERAL', 'ABSOLUTE', 'NO_SESSION', NULL, TRUE, 'S', '6.1',
 'contraindication-rule.6.1-pre-eclampsia'),
-- §6.1 row "Intoxication": absolute (general), reschedule.
(80, '6.1-intoxication', 'INTOXICATION', 'GENERAL', 'ABSOLUTE', 'NO_SESSION', NULL, FALSE, 'S', '6.1',
 'contraindication-rule.6.1-intoxication'),
-- §6.1 row "Chemotherapy within the last 72 h": absolute per one source; the stricter reading [U].
(90, '6.1-chemotherapy-last-72-hours', 'CHEMOTHERAPY_LAST_72_HOURS', 'GENERAL', 'ABSOLUTE', 'NO_SESSION', NULL, FALSE,
 'U', '6.1', 'contraindication-rule.6.1-chemotherapy-last-72-hours'),
-- §6.1 row "Recent stroke or TIA": absolute for neck work, clearance for anything else.
(100, '6.1-stroke-or-tia-recent-neck', 'STROKE_OR_TIA_RECENT', 'NECK', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S', '6.1',
 'contraindication-rule.6.1-stroke-or-tia-recent-neck'),
(110, '6.1-stroke-or-tia-recent-clearance', 'STROKE_OR_TIA_RECENT', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, TRUE, 'S',
 '6.1', 'contraindication-rule.6.1-stroke-or-tia-recent-clearance'),
-- §6.1 row "Acute injury or inflammation": absolute (local), work around the area.
(120, '6.1-acute-injury', 'ACUTE_INJURY', 'LOCAL', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S', '6.1',
 'contraindication-rule.6.1-acute-injury'),
-- §6.1 row "Open wounds, burns, recent scars, contagious skin conditions": absolute (local), avoid the area; postpone
-- if widespread (the intake raises the condition for the whole body then).
(130, '6.1-open-wound-or-burn-site', 'OPEN_WOUND_OR_BURN', 'LOCAL', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S', '6.1',
 'contraindication-rule.6.1-open-wound-or-burn-site'),
(140, '6.1-open-wound-or-burn-widespread', 'OPEN_WOUND_OR_BURN', 'GENERAL', 'ABSOLUTE', 'NO_SESSION', NULL, FALSE,
 'S', '6.1', 'contraindication-rule.6.1-open-wound-or-burn-widespread'),
(150, '6.1-contagious-skin-condition-site', 'CONTAGIOUS_SKIN_CONDITION', 'LOCAL', 'ABSOLUTE', 'NO_WORK', NULL, FALSE,
 'S', '6.1', 'contraindication-rule.6.1-contagious-skin-condition-site'),
(160, '6.1-contagious-skin-condition-widespread', 'CONTAGIOUS_SKIN_CONDITION', 'GENERAL', 'ABSOLUTE', 'NO_SESSION',
 NULL, FALSE, 'S', '6.1', 'contraindication-rule.6.1-contagious-skin-condition-widespread'),
(170, '6.1-recent-scar-site', 'RECENT_SCAR', 'LOCAL', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S', '6.1',
 'contraindication-rule.6.1-recent-scar-site'),
(180, '6.1-recent-scar-widespread', 'RECENT_SCAR', 'GENERAL', 'ABSOLUTE', 'NO_SESSION', NULL, FALSE, 'S', '6.1',
 'contraindication-rule.6.1-recent-scar-widespread'),
-- §6.1 row "Recent fracture or surgery site": absolute (local), avoid until healed and cleared.
(190, '6.1-recent-fracture-or-surgery', 'RECENT_FRACTURE_OR_SURGERY', 'LOCAL', 'ABSOLUTE', 'NO_WORK', NULL, TRUE, 'S',
 '6.1', 'contraindication-rule.6.1-recent-fracture-or-surgery'),
-- §6.1 row "Varicose veins": absolute (local) for direct pressure, light work around them only.
(200, '6.1-varicose-veins', 'VARICOSE_VEINS', 'LOCAL', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S', '6.1',
 'contraindication-rule.6.1-varicose-veins'),
-- §6.1 row "Anticoagulants / antiplatelets or a bleeding disorder": relative, light pressure only, no deep tissue
-- (also §6.4 Swedish: gentle pressure). Trigger-point compression and hot stones: §6.4 rows below.
(210, '6.1-anticoagulants-pressure', 'ANTICOAGULANTS', 'GENERAL', 'RELATIVE', 'MAX_PRESSURE', 2, FALSE, 'S', '6.1',
 'contraindication-rule.6.1-anticoagulants-pressure'),
(220, '6.1-bleeding-disorder-pressure', 'BLEEDING_DISORDER', 'GENERAL', 'RELATIVE', 'MAX_PRESSURE', 2, FALSE, 'S',
 '6.1', 'contraindication-rule.6.1-bleeding-disorder-pressure'),
-- §6.1 row "Controlled hypertension": relative, gentle work, no strong heat or big temperature swings (also §6.4 hot
-- stone: high BP). Unknown blood pressure has no row: the same care is our reading [U].
(230, '6.1-hypertension-controlled-heat', 'HYPERTENSION_CONTROLLED', 'GENERAL', 'RELATIVE', 'NO_HEAT', NULL, FALSE,
 'S', '6.1', 'contraindication-rule.6.1-hypertension-controlled-heat'),
(240, '6.1-blood-pressure-unknown-heat', 'BLOOD_PRESSURE_UNKNOWN', 'GENERAL', 'RELATIVE', 'NO_HEAT', NULL, FALSE, 'U',
 '6.1', 'contraindication-rule.6.1-blood-pressure-unknown-heat'),
-- §6.1 row "Severe osteoporosis": relative, light pressure; the client cannot grade severity, so any counts [U].
(250, '6.1-osteoporosis-pressure', 'OSTEOPOROSIS', 'GENERAL', 'RELATIVE', 'MAX_PRESSURE', 2, FALSE, 'U', '6.1',
 'contraindication-rule.6.1-osteoporosis-pressure'),
-- §6.1 row "Diabetes, neuropathy, reduced sensation": relative, no heat (burn risk), light pressure over numb areas.
(260, '6.1-diabetes-heat', 'DIABETES', 'GENERAL', 'RELATIVE', 'NO_HEAT', NULL, FALSE, 'S', '6.1',
 'contraindication-rule.6.1-diabetes-heat'),
(270, '6.1-reduced-sensation-heat', 'REDUCED_SENSATION', 'GENERAL', 'RELATIVE', 'NO_HEAT', NULL, FALSE, 'S', '6.1',
 'contraindication-rule.6.1-reduced-sensation-heat'),
(280, '6.1-reduced-sensation-numb-areas', 'REDUCED_SENSATION', 'LOCAL', 'RELATIVE', 'MAX_PRESSURE', 2, FALSE, 'S',
 '6.1', 'contraindication-rule.6.1-reduced-sensation-numb-areas'),
-- §6.1 row "Active cancer": relative, written clearance from oncology.
(290, '6.1-cancer-active-clearance', 'CANCER_ACTIVE', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, TRUE, 'S', '6.1',
 'contraindication-rule.6.1-cancer-active-clearance'),
-- §6.1 row "Pregnancy, uncomplicated": relative, side-lying, no abdominal work; many practitioners avoid the first
-- trimester (clearance first is the stricter reading [U]). Reflexology and hot stone: §6.4 rows below.
(300, '6.1-pregnancy', 'PREGNANCY', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, FALSE, 'S', '6.1',
 'contraindication-rule.6.1-pregnancy'),
(310, '6.1-pregnancy-abdomen', 'PREGNANCY', 'ABDOMEN', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S', '6.1',
 'contraindication-rule.6.1-pregnancy-abdomen'),
(320, '6.1-pregnancy-first-trimester-clearance', 'PREGNANCY_FIRST_TRIMESTER', 'GENERAL', 'RELATIVE', 'CAUTION', NULL,
 TRUE, 'U', '6.1', 'contraindication-rule.6.1-pregnancy-first-trimester-clearance'),
-- §6.1 row "High-risk pregnancy": absolute until cleared, written clearance.
(330, '6.1-pregnancy-high-risk', 'PREGNANCY_HIGH_RISK', 'GENERAL', 'ABSOLUTE', 'NO_SESSION', NULL, TRUE, 'S', '6.1',
 'contraindication-rule.6.1-pregnancy-high-risk'),
-- §6.1 row "Implanted devices, recent surgery": avoid the site (absolute there is the stricter reading [U]);
-- clearance for the rest.
(340, '6.1-implant-site', 'IMPLANT', 'LOCAL', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'U', '6.1',
 'contraindication-rule.6.1-implant-site'),
(350, '6.1-implant-clearance', 'IMPLANT', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, TRUE, 'S', '6.1',
 'contraindication-rule.6.1-implant-clearance'),

-- §6.2 row "Recent head or neck trauma, including whiplash, not yet medically assessed": absolute (local: head and
-- neck) until cleared ([S]+[U], the strictness is ours). Once assessed: clearance before head or neck work [U].
(400, '6.2-trauma-not-assessed-head', 'HEAD_OR_NECK_TRAUMA_NOT_ASSESSED', 'HEAD', 'ABSOLUTE', 'NO_WORK', NULL, TRUE,
 'U', '6.2', 'contraindication-rule.6.2-trauma-not-assessed-head'),
(410, '6.2-trauma-not-assessed-neck', 'HEAD_OR_NECK_TRAUMA_NOT_ASSESSED', 'NECK', 'ABSOLUTE', 'NO_WORK', NULL, TRUE,
 'U', '6.2', 'contraindication-rule.6.2-trauma-not-assessed-neck'),
(420, '6.2-trauma-assessed-head', 'HEAD_OR_NECK_TRAUMA_ASSESSED', 'HEAD', 'RELATIVE', 'CAUTION', NULL, TRUE, 'U',
 '6.2', 'contraindication-rule.6.2-trauma-assessed-head'),
(430, '6.2-trauma-assessed-neck', 'HEAD_OR_NECK_TRAUMA_ASSESSED', 'NECK', 'RELATIVE', 'CAUTION', NULL, TRUE, 'U',
 '6.2', 'contraindication-rule.6.2-trauma-assessed-neck'),
-- §6.2 row "Anterior neck": no deep pressure in the front of the neck, for every client: built into the engine
-- (rule 6.2-anterior-neck), as is the row "Vertebral artery concerns" (6.2-vertebral-artery) and the emergency row
-- "New neck pain ... during or after a session" (the emergency tier of today's check).
-- §6.2 row "Carotid sinus hypersensitivity, carotid stenosis or bruit, known carotid or vertebral dissection":
-- absolute (local: neck), no neck work (§6.4 MLD neck-specific carotid sinus hypersensitivity is covered by it).
(440, '6.2-carotid-sinus-hypersensitivity', 'CAROTID_SINUS_HYPERSENSITIVITY', 'NECK', 'ABSOLUTE', 'NO_WORK', NULL,
 FALSE, 'S', '6.2', 'contraindication-rule.6.2-carotid-sinus-hypersensitivity'),
(450, '6.2-carotid-stenosis', 'CAROTID_STENOSIS', 'NECK', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S', '6.2',
 'contraindication-rule.6.2-carotid-stenosis'),
(460, '6.2-artery-dissection', 'ARTERY_DISSECTION', 'NECK', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S', '6.2',
 'contraindication-rule.6.2-artery-dissection'),
-- §6.2 row "Age >60, for cervical lymphatic work" (also §6.4 MLD): relative, clearance.
(470, '6.2-lymphatic-drainage-neck-age', 'AGE_OVER_LYMPHATIC_NECK_LIMIT', 'NECK', 'RELATIVE', 'CAUTION', NULL, TRUE,
 'S', '6.2', 'contraindication-rule.6.2-lymphatic-drainage-neck-age'),
-- §6.2 row "Hyperthyroidism": no treatment over the thyroid (the front of the neck). §6.4 MLD: lymphatic drainage
-- on the neck is absolute (row 6.4-lymphatic-drainage-hyperthyroidism).
(480, '6.2-hyperthyroidism', 'HYPERTHYROIDISM', 'ANTERIOR_NECK', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S', '6.2',
 'contraindication-rule.6.2-hyperthyroidism'),

-- §6.3 row "If touch makes the pain worse (allodynia), defer the session".
(500, '6.3-touch-hurts', 'TOUCH_HURTS_DURING_ATTACK', 'GENERAL', 'ABSOLUTE', 'NO_SESSION', NULL, FALSE, 'S', '6.3',
 'contraindication-rule.6.3-touch-hurts'),
-- §6.3 row "Avoid heat to the head and neck during an attack" (also §6.4 hot stone absolute: heat to head or neck
-- during a migraine attack; a hot-stone block is heat).
(510, '6.3-attack-no-heat-head', 'ATTACK_IN_PROGRESS', 'HEAD', 'ABSOLUTE', 'NO_HEAT', NULL, FALSE, 'S', '6.3',
 'contraindication-rule.6.3-attack-no-heat-head'),
(520, '6.3-attack-no-heat-neck', 'ATTACK_IN_PROGRESS', 'NECK', 'ABSOLUTE', 'NO_HEAT', NULL, FALSE, 'S', '6.3',
 'contraindication-rule.6.3-attack-no-heat-neck'),
-- §6.3 row "Shorter session, no deep work" (also §6.4 trigger point, relative: migraine attack, no deep work).
(530, '6.3-attack-no-deep-work', 'ATTACK_IN_PROGRESS', 'GENERAL', 'RELATIVE', 'MAX_PRESSURE', 2, FALSE, 'S', '6.3',
 'contraindication-rule.6.3-attack-no-deep-work'),
-- §6.3 rows "Position supine or side-lying, not prone", "Shorter session ... offer hand or foot work" and "Dim light,
-- no fragrance, quiet room": one caution for the whole session.
(540, '6.3-attack-position-and-room', 'ATTACK_IN_PROGRESS', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, FALSE, 'S', '6.3',
 'contraindication-rule.6.3-attack-position-and-room'),

-- §6.4 "Trigger-point / deep tissue": migraine attack, no deep work. Trigger-point release and medical massage
-- (kneading, compression) are deep by nature, so not during an attack unless the therapist gives a reason [U].
(600, '6.4-trigger-point-attack', 'ATTACK_IN_PROGRESS', 'GENERAL', 'RELATIVE', 'NO_WORK', NULL, FALSE, 'U', '6.4',
 'contraindication-rule.6.4-trigger-point-attack'),
(610, '6.4-medical-massage-attack', 'ATTACK_IN_PROGRESS', 'GENERAL', 'RELATIVE', 'NO_WORK', NULL, FALSE, 'U', '6.4',
 'contraindication-rule.6.4-medical-massage-attack'),
-- §6.4 "Trigger-point / deep tissue" absolute: anticoagulant or bleeding disorder with deep compression [U: we treat
-- it as absolute for compression]. Medical massage compression is limited the same way: light pressure, never
-- overridden [U]. (Its other absolute, the anterior neck, holds for every client: built into the engine.)
(620, '6.4-trigger-point-anticoagulants', 'ANTICOAGULANTS', 'GENERAL', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'U', '6.4',
 'contraindication-rule.6.4-trigger-point-anticoagulants'),
(630, '6.4-trigger-point-bleeding-disorder', 'BLEEDING_DISORDER', 'GENERAL', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'U',
 '6.4', 'contraindication-rule.6.4-trigger-point-bleeding-disorder'),
(640, '6.4-medical-massage-anticoagulants', 'ANTICOAGULANTS', 'GENERAL', 'ABSOLUTE', 'MAX_PRESSURE', 2, FALSE, 'U',
 '6.4', 'contraindication-rule.6.4-medical-massage-anticoagulants'),
(650, '6.4-medical-massage-bleeding-disorder', 'BLEEDING_DISORDER', 'GENERAL', 'ABSOLUTE', 'MAX_PRESSURE', 2, FALSE,
 'U', '6.4', 'contraindication-rule.6.4-medical-massage-bleeding-disorder'),

-- §6.4 "Craniosacral" absolute: recent skull fracture or serious head trauma (the client cannot grade it: any recent
-- head or neck trauma, lifted only by a clearance [U]); acute stroke within the last 6 months; cerebral aneurysm;
-- raised intracranial pressure, hydrocephalus; recent CSF leak. Other work with those conditions: clearance first
-- (no source; the stricter reading [U]).
(700, '6.4-craniosacral-trauma-not-assessed', 'HEAD_OR_NECK_TRAUMA_NOT_ASSESSED', 'GENERAL', 'ABSOLUTE', 'NO_WORK',
 NULL, TRUE, 'U', '6.4', 'contraindication-rule.6.4-craniosacral-trauma-not-assessed'),
(710, '6.4-craniosacral-trauma-assessed', 'HEAD_OR_NECK_TRAUMA_ASSESSED', 'GENERAL', 'ABSOLUTE', 'NO_WORK', NULL, TRUE,
 'U', '6.4', 'contraindication-rule.6.4-craniosacral-trauma-assessed'),
(720, '6.4-craniosacral-stroke-or-tia-recent', 'STROKE_OR_TIA_RECENT', 'GENERAL', 'ABSOLUTE', 'NO_WORK', NULL, FALSE,
 'S', '6.4', 'contraindication-rule.6.4-craniosacral-stroke-or-tia-recent'),
(730, '6.4-craniosacral-stroke-or-tia-6-months', 'STROKE_OR_TIA_WITHIN_6_MONTHS', 'GENERAL', 'ABSOLUTE', 'NO_WORK',
 NULL, FALSE, 'S', '6.4', 'contraindication-rule.6.4-craniosacral-stroke-or-tia-6-months'),
(740, '6.4-stroke-or-tia-6-months-clearance', 'STROKE_OR_TIA_WITHIN_6_MONTHS', 'GENERAL', 'RELATIVE', 'CAUTION', NULL,
 TRUE, 'U', '6.4', 'contraindication-rule.6.4-stroke-or-tia-6-months-clearance'),
(750, '6.4-craniosacral-cerebral-aneurysm', 'CEREBRAL_ANEURYSM', 'GENERAL', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S',
 '6.4', 'contraindication-rule.6.4-craniosacral-cerebral-aneurysm'),
(760, '6.4-cerebral-aneurysm-clearance', 'CEREBRAL_ANEURYSM', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, TRUE, 'U', '6.4',
 'contraindication-rule.6.4-cerebral-aneurysm-clearance'),
(770, '6.4-craniosacral-raised-intracranial-pressure', 'RAISED_INTRACRANIAL_PRESSURE', 'GENERAL', 'ABSOLUTE',
 'NO_WORK', NULL, FALSE, 'S', '6.4', 'contraindication-rule.6.4-craniosacral-raised-intracranial-pressure'),
(780, '6.4-raised-intracranial-pressure-clearance', 'RAISED_INTRACRANIAL_PRESSURE', 'GENERAL', 'RELATIVE', 'CAUTION',
 NULL, TRUE, 'U', '6.4', 'contraindication-rule.6.4-raised-intracranial-pressure-clearance'),
(790, '6.4-craniosacral-hydrocephalus', 'HYDROCEPHALUS', 'GENERAL', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-craniosacral-hydrocephalus'),
(800, '6.4-hydrocephalus-clearance', 'HYDROCEPHALUS', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, TRUE, 'U', '6.4',
 'contraindication-rule.6.4-hydrocephalus-clearance'),
(810, '6.4-craniosacral-spinal-puncture-or-epidural', 'RECENT_SPINAL_PUNCTURE_OR_EPIDURAL', 'GENERAL', 'ABSOLUTE',
 'NO_WORK', NULL, FALSE, 'S', '6.4', 'contraindication-rule.6.4-craniosacral-spinal-puncture-or-epidural'),
-- §6.4 "Craniosacral" relative: recent head or spine surgery (wait until stable and cleared; the intake does not say
-- where, so any recent fracture or operation [U]); bleeding disorders or anticoagulants; known brain tumour or
-- epilepsy (caution); high-risk pregnancy.
(820, '6.4-craniosacral-recent-surgery', 'RECENT_FRACTURE_OR_SURGERY', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, TRUE,
 'U', '6.4', 'contraindication-rule.6.4-craniosacral-recent-surgery'),
(830, '6.4-craniosacral-anticoagulants', 'ANTICOAGULANTS', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-craniosacral-anticoagulants'),
(840, '6.4-craniosacral-bleeding-disorder', 'BLEEDING_DISORDER', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, FALSE, 'S',
 '6.4', 'contraindication-rule.6.4-craniosacral-bleeding-disorder'),
(850, '6.4-craniosacral-brain-tumour', 'BRAIN_TUMOUR', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-craniosacral-brain-tumour'),
(860, '6.4-craniosacral-epilepsy', 'EPILEPSY', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-craniosacral-epilepsy'),
(870, '6.4-craniosacral-pregnancy-high-risk', 'PREGNANCY_HIGH_RISK', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, FALSE,
 'S', '6.4', 'contraindication-rule.6.4-craniosacral-pregnancy-high-risk'),

-- §6.4 "Manual lymphatic drainage" absolute: decompensated or congestive heart failure (the client cannot tell, so
-- absolute until a clearance says otherwise [U]; clearance first for other work too [U]); acute renal failure;
-- active or untreated malignancy without clearance; neck-specific: hyperthyroidism, cardiac arrhythmia. (Acute
-- infection, fever and acute DVT stop every session: §6.1 rows above.)
(900, '6.4-lymphatic-drainage-heart-failure', 'HEART_FAILURE', 'GENERAL', 'ABSOLUTE', 'NO_WORK', NULL, TRUE, 'U', '6.4',
 'contraindication-rule.6.4-lymphatic-drainage-heart-failure'),
(905, '6.4-heart-failure-clearance', 'HEART_FAILURE', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, TRUE, 'U', '6.4',
 'contraindication-rule.6.4-heart-failure-clearance'),
(910, '6.4-lymphatic-drainage-kidney-failure-acute', 'KIDNEY_FAILURE_ACUTE', 'GENERAL', 'ABSOLUTE', 'NO_WORK', NULL,
 FALSE, 'S', '6.4', 'contraindication-rule.6.4-lymphatic-drainage-kidney-failure-acute'),
(915, '6.4-kidney-failure-acute-clearance', 'KIDNEY_FAILURE_ACUTE', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, TRUE, 'U',
 '6.4', 'contraindication-rule.6.4-kidney-failure-acute-clearance'),
(920, '6.4-lymphatic-drainage-cancer-active', 'CANCER_ACTIVE', 'GENERAL', 'ABSOLUTE', 'NO_WORK', NULL, TRUE, 'S', '6.4',
 'contraindication-rule.6.4-lymphatic-drainage-cancer-active'),
(930, '6.4-lymphatic-drainage-hyperthyroidism', 'HYPERTHYROIDISM', 'NECK', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S',
 '6.4', 'contraindication-rule.6.4-lymphatic-drainage-hyperthyroidism'),
(940, '6.4-lymphatic-drainage-arrhythmia-neck', 'ARRHYTHMIA', 'NECK', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-lymphatic-drainage-arrhythmia-neck'),
-- §6.4 "Manual lymphatic drainage" relative: controlled cardiac conditions; hypotension; asthma; thyroid disease
-- (avoid the front of the neck); chronic kidney disease; diabetes; treated cancer (written clearance); first
-- trimester. (Age >60 for neck work: the §6.2 row above. Menstruation (abdomen) is not asked at intake.)
(950, '6.4-lymphatic-drainage-arrhythmia', 'ARRHYTHMIA', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-lymphatic-drainage-arrhythmia'),
(960, '6.4-lymphatic-drainage-low-blood-pressure', 'LOW_BLOOD_PRESSURE', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, FALSE,
 'S', '6.4', 'contraindication-rule.6.4-lymphatic-drainage-low-blood-pressure'),
(970, '6.4-lymphatic-drainage-asthma', 'ASTHMA', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-lymphatic-drainage-asthma'),
(980, '6.4-lymphatic-drainage-thyroid-disease', 'THYROID_DISEASE', 'ANTERIOR_NECK', 'RELATIVE', 'NO_WORK', NULL, FALSE,
 'S', '6.4', 'contraindication-rule.6.4-lymphatic-drainage-thyroid-disease'),
(990, '6.4-lymphatic-drainage-kidney-disease-chronic', 'KIDNEY_DISEASE_CHRONIC', 'GENERAL', 'RELATIVE', 'CAUTION',
 NULL, FALSE, 'S', '6.4', 'contraindication-rule.6.4-lymphatic-drainage-kidney-disease-chronic'),
(1000, '6.4-lymphatic-drainage-diabetes', 'DIABETES', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-lymphatic-drainage-diabetes'),
(1010, '6.4-lymphatic-drainage-cancer-treated', 'CANCER_TREATED', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, TRUE, 'S',
 '6.4', 'contraindication-rule.6.4-lymphatic-drainage-cancer-treated'),
(1020, '6.4-lymphatic-drainage-first-trimester', 'PREGNANCY_FIRST_TRIMESTER', 'GENERAL', 'RELATIVE', 'CAUTION', NULL,
 FALSE, 'S', '6.4', 'contraindication-rule.6.4-lymphatic-drainage-first-trimester'),

-- §6.4 "Reflexology" absolute: foot fracture or injury, unhealed foot wounds, active gout, infectious foot conditions
-- (no work on the feet with any technique, as the §6.1 local rules say). (Fever and current thrombosis: §6.1.)
(1100, '6.4-foot-injury-or-wound', 'FOOT_INJURY_OR_WOUND', 'FEET', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-foot-injury-or-wound'),
(1110, '6.4-gout-in-foot', 'GOUT_IN_FOOT', 'FEET', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-gout-in-foot'),
(1120, '6.4-foot-infection', 'FOOT_INFECTION', 'FEET', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-foot-infection'),
-- §6.4 "Reflexology" relative, pregnancy: very gentle or no work on the reflex areas in the hollows below the ankle
-- bones and no deep pressure on SP6 (feet); no deep pressure on LI4 (hands); many practitioners avoid the first
-- trimester. Osteoarthritis of foot or ankle and leg vascular disease: clearance. Diabetes: caution.
(1130, '6.4-reflexology-pregnancy-feet', 'PREGNANCY', 'FEET', 'RELATIVE', 'MAX_PRESSURE', 1, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-reflexology-pregnancy-feet'),
(1140, '6.4-reflexology-pregnancy-hands', 'PREGNANCY', 'HANDS', 'RELATIVE', 'MAX_PRESSURE', 2, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-reflexology-pregnancy-hands'),
(1150, '6.4-reflexology-first-trimester', 'PREGNANCY_FIRST_TRIMESTER', 'GENERAL', 'RELATIVE', 'NO_WORK', NULL, FALSE,
 'S', '6.4', 'contraindication-rule.6.4-reflexology-first-trimester'),
(1160, '6.4-reflexology-foot-or-ankle-osteoarthritis', 'FOOT_OR_ANKLE_OSTEOARTHRITIS', 'FEET', 'RELATIVE', 'CAUTION',
 NULL, TRUE, 'S', '6.4', 'contraindication-rule.6.4-reflexology-foot-or-ankle-osteoarthritis'),
(1170, '6.4-reflexology-peripheral-vascular-disease', 'PERIPHERAL_VASCULAR_DISEASE', 'FEET', 'RELATIVE', 'CAUTION',
 NULL, TRUE, 'S', '6.4', 'contraindication-rule.6.4-reflexology-peripheral-vascular-disease'),
(1180, '6.4-reflexology-diabetes', 'DIABETES', 'FEET', 'RELATIVE', 'CAUTION', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-reflexology-diabetes'),

-- §6.4 "Hot stone" absolute: loss of sensation (neuropathy, diabetes, peripheral vascular disease, nerve damage);
-- skin conditions aggravated by heat (the site is in the client's words, so no hot stones anywhere, and no other
-- heat unless the therapist gives a reason [U]); pregnancy: at most warm stones, never hot (many sources say avoid
-- entirely; never hot, and never overridden, is our reading [U]). (DVT, fever, acute inflammation, open wounds and
-- burns: §6.1 rows; heat to head or neck during an attack: §6.3 rows.)
(1200, '6.4-hot-stone-reduced-sensation', 'REDUCED_SENSATION', 'GENERAL', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S',
 '6.4', 'contraindication-rule.6.4-hot-stone-reduced-sensation'),
(1210, '6.4-hot-stone-diabetes', 'DIABETES', 'GENERAL', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-hot-stone-diabetes'),
(1220, '6.4-hot-stone-peripheral-vascular-disease', 'PERIPHERAL_VASCULAR_DISEASE', 'GENERAL', 'ABSOLUTE', 'NO_WORK',
 NULL, FALSE, 'S', '6.4', 'contraindication-rule.6.4-hot-stone-peripheral-vascular-disease'),
(1230, '6.4-hot-stone-heat-sensitive-skin', 'HEAT_SENSITIVE_SKIN', 'GENERAL', 'ABSOLUTE', 'NO_WORK', NULL, FALSE, 'U',
 '6.4', 'contraindication-rule.6.4-hot-stone-heat-sensitive-skin'),
(1235, '6.4-heat-sensitive-skin-heat', 'HEAT_SENSITIVE_SKIN', 'GENERAL', 'RELATIVE', 'NO_HEAT', NULL, FALSE, 'U', '6.4',
 'contraindication-rule.6.4-heat-sensitive-skin-heat'),
(1240, '6.4-hot-stone-pregnancy', 'PREGNANCY', 'GENERAL', 'ABSOLUTE', 'NO_HEAT', NULL, FALSE, 'U', '6.4',
 'contraindication-rule.6.4-hot-stone-pregnancy'),
-- §6.4 "Hot stone" relative: anticoagulants (§6.1: no hot stones; a bleeding disorder likewise [U]); cardiac
-- conditions (avoid strong heat); medication causing heat or skin sensitivity; immune suppression; recent chemo- or
-- radiotherapy; elderly clients (lower temperature; the age of the lymphatic neck limit [U]). (High blood pressure:
-- the §6.1 heat rows; varicose veins: the §6.1 local row.)
(1250, '6.4-hot-stone-anticoagulants', 'ANTICOAGULANTS', 'GENERAL', 'RELATIVE', 'NO_WORK', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-hot-stone-anticoagulants'),
(1260, '6.4-hot-stone-bleeding-disorder', 'BLEEDING_DISORDER', 'GENERAL', 'RELATIVE', 'NO_WORK', NULL, FALSE, 'U',
 '6.4', 'contraindication-rule.6.4-hot-stone-bleeding-disorder'),
(1270, '6.4-heart-failure-heat', 'HEART_FAILURE', 'GENERAL', 'RELATIVE', 'NO_HEAT', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-heart-failure-heat'),
(1280, '6.4-arrhythmia-heat', 'ARRHYTHMIA', 'GENERAL', 'RELATIVE', 'NO_HEAT', NULL, FALSE, 'S', '6.4',
 'contraindication-rule.6.4-arrhythmia-heat'),
(1290, '6.4-heat-sensitising-medication-heat', 'HEAT_SENSITISING_MEDICATION', 'GENERAL', 'RELATIVE', 'NO_HEAT', NULL,
 FALSE, 'S', '6.4', 'contraindication-rule.6.4-heat-sensitising-medication-heat'),
(1300, '6.4-hot-stone-immune-suppression', 'IMMUNE_SUPPRESSION', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, FALSE, 'S',
 '6.4', 'contraindication-rule.6.4-hot-stone-immune-suppression'),
(1310, '6.4-recent-radiotherapy-heat', 'RECENT_RADIOTHERAPY', 'GENERAL', 'RELATIVE', 'NO_HEAT', NULL, FALSE, 'S',
 '6.4', 'contraindication-rule.6.4-recent-radiotherapy-heat'),
(1320, '6.4-hot-stone-age', 'AGE_OVER_LYMPHATIC_NECK_LIMIT', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, FALSE, 'U', '6.4',
 'contraindication-rule.6.4-hot-stone-age'),

-- Not in §6: an oil or scent allergy means no oils or scents except ones the client tolerates (product rule) [U].
(1400, 'product-oil-allergy', 'OIL_ALLERGY', 'GENERAL', 'RELATIVE', 'CAUTION', NULL, FALSE, 'U', NULL,
 'contraindication-rule.product-oil-allergy');

INSERT INTO contraindication_rule_technique (rule_id, technique) VALUES
('6.2-lymphatic-drainage-neck-age', 'LYMPHATIC_DRAINAGE'),
('6.4-trigger-point-attack', 'TRIGGER_POINT'),
('6.4-medical-massage-attack', 'MEDICAL_MASSAGE'),
('6.4-trigger-point-anticoagulants', 'TRIGGER_POINT'),
('6.4-trigger-point-bleeding-disorder', 'TRIGGER_POINT'),
('6.4-medical-massage-anticoagulants', 'MEDICAL_MASSAGE'),
('6.4-medical-massage-bleeding-disorder', 'MEDICAL_MASSAGE'),
('6.4-craniosacral-trauma-not-assessed', 'CRANIOSACRAL'),
('6.4-craniosacral-trauma-assessed', 'CRANIOSACRAL'),
('6.4-craniosacral-stroke-or-tia-recent', 'CRANIOSACRAL'),
('6.4-craniosacral-stroke-or-tia-6-months', 'CRANIOSACRAL'),
('6.4-craniosacral-cerebral-aneurysm', 'CRANIOSACRAL'),
('6.4-craniosacral-raised-intracranial-pressure', 'CRANIOSACRAL'),
('6.4-craniosacral-hydrocephalus', 'CRANIOSACRAL'),
('6.4-craniosacral-spinal-puncture-or-epidural', 'CRANIOSACRAL'),
('6.4-craniosacral-recent-surgery', 'CRANIOSACRAL'),
('6.4-craniosacral-anticoagulants', 'CRANIOSACRAL'),
('6.4-craniosacral-bleeding-disorder', 'CRANIOSACRAL'),
('6.4-craniosacral-brain-tumour', 'CRANIOSACRAL'),
('6.4-craniosacral-epilepsy', 'CRANIOSACRAL'),
('6.4-craniosacral-pregnancy-high-risk', 'CRANIOSACRAL'),
('6.4-lymphatic-drainage-heart-failure', 'LYMPHATIC_DRAINAGE'),
('6.4-lymphatic-drainage-kidney-failure-acute', 'LYMPHATIC_DRAINAGE'),
('6.4-lymphatic-drainage-cancer-active', 'LYMPHATIC_DRAINAGE'),
('6.4-lymphatic-drainage-hyperthyroidism', 'LYMPHATIC_DRAINAGE'),
('6.4-lymphatic-drainage-arrhythmia-neck', 'LYMPHATIC_DRAINAGE'),
('6.4-lymphatic-drainage-arrhythmia', 'LYMPHATIC_DRAINAGE'),
('6.4-lymphatic-drainage-low-blood-pressure', 'LYMPHATIC_DRAINAGE'),
('6.4-lymphatic-drainage-asthma', 'LYMPHATIC_DRAINAGE'),
('6.4-lymphatic-drainage-thyroid-disease', 'LYMPHATIC_DRAINAGE'),
('6.4-lymphatic-drainage-kidney-disease-chronic', 'LYMPHATIC_DRAINAGE'),
('6.4-lymphatic-drainage-diabetes', 'LYMPHATIC_DRAINAGE'),
('6.4-lymphatic-drainage-cancer-treated', 'LYMPHATIC_DRAINAGE'),
('6.4-lymphatic-drainage-first-trimester', 'LYMPHATIC_DRAINAGE'),
('6.4-reflexology-pregnancy-feet', 'REFLEXOLOGY'),
('6.4-reflexology-pregnancy-hands', 'REFLEXOLOGY'),
('6.4-reflexology-first-trimester', 'REFLEXOLOGY'),
('6.4-reflexology-foot-or-ankle-osteoarthritis', 'REFLEXOLOGY'),
('6.4-reflexology-peripheral-vascular-disease', 'REFLEXOLOGY'),
('6.4-reflexology-diabetes', 'REFLEXOLOGY'),
('6.4-hot-stone-reduced-sensation', 'HOT_STONE'),
('6.4-hot-stone-diabetes', 'HOT_STONE'),
('6.4-hot-stone-peripheral-vascular-disease', 'HOT_STONE'),
('6.4-hot-stone-heat-sensitive-skin', 'HOT_STONE'),
('6.4-hot-stone-pregnancy', 'HOT_STONE'),
('6.4-hot-stone-anticoagulants', 'HOT_STONE'),
('6.4-hot-stone-bleeding-disorder', 'HOT_STONE'),
('6.4-hot-stone-immune-suppression', 'HOT_STONE'),
('6.4-hot-stone-age', 'HOT_STONE');
