package org.stillpoint.intake.domain;

import static org.stillpoint.intake.ContraindicationClass.ABSOLUTE;
import static org.stillpoint.intake.ContraindicationClass.RELATIVE;
import static org.stillpoint.intake.ContraindicationScope.ABDOMEN;
import static org.stillpoint.intake.ContraindicationScope.ANTERIOR_NECK;
import static org.stillpoint.intake.ContraindicationScope.FEET;
import static org.stillpoint.intake.ContraindicationScope.GENERAL;
import static org.stillpoint.intake.ContraindicationScope.HANDS;
import static org.stillpoint.intake.ContraindicationScope.HEAD;
import static org.stillpoint.intake.ContraindicationScope.LOCAL;
import static org.stillpoint.intake.ContraindicationScope.NECK;
import static org.stillpoint.intake.SourceTag.S;
import static org.stillpoint.intake.SourceTag.U;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.stillpoint.intake.ContraindicationClass;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationFlag;
import org.stillpoint.intake.ContraindicationScope;
import org.stillpoint.intake.ScreeningResult;
import org.stillpoint.intake.ScreeningTier;
import org.stillpoint.intake.SourceTag;

/**
 * Derives the client's contraindication flags from their answers and screening (clinical-reference §6.1–6.4). Where
 * sources disagree the stricter reading is taken and tagged [U]; an unanswered detail (a missing date, an unknown
 * assessment) counts the stricter way too.
 */
public final class ContraindicationPolicy {

    // clinical-reference §6.1 row "Pregnancy, uncomplicated": the first trimester ends with week 13.
    static final int LAST_WEEK_OF_FIRST_TRIMESTER = 13;

    // clinical-reference §6.4: conditions that matter to particular techniques; the treatment module reads them
    // by condition. Local problems of the feet follow the §6.1 local rules (injury, wounds, contagious skin).
    private static final Map<OtherCondition, ContraindicationFlag> OTHER_CONDITIONS = new EnumMap<>(Map.ofEntries(
            // §6.1 acute systemic infection; §6.4 MLD cellulitis, erysipelas.
            rule(OtherCondition.ACUTE_INFECTION, ContraindicationCondition.ACUTE_INFECTION, ABSOLUTE, GENERAL,
                    false, S, "intake.contraindication.acute-infection"),
            // §6.1 anticoagulants or a bleeding disorder: light pressure only.
            rule(OtherCondition.BLEEDING_DISORDER, ContraindicationCondition.BLEEDING_DISORDER, RELATIVE, GENERAL,
                    false, S, "intake.contraindication.bleeding-disorder"),
            // §6.4 craniosacral absolute; no source for other work, so clearance first [U].
            rule(OtherCondition.CEREBRAL_ANEURYSM, ContraindicationCondition.CEREBRAL_ANEURYSM, RELATIVE, GENERAL,
                    true, U, "intake.contraindication.cerebral-aneurysm"),
            rule(OtherCondition.RAISED_INTRACRANIAL_PRESSURE, ContraindicationCondition.RAISED_INTRACRANIAL_PRESSURE,
                    RELATIVE, GENERAL, true, U, "intake.contraindication.raised-intracranial-pressure"),
            rule(OtherCondition.HYDROCEPHALUS, ContraindicationCondition.HYDROCEPHALUS, RELATIVE, GENERAL, true, U,
                    "intake.contraindication.hydrocephalus"),
            // §6.4 craniosacral absolute (recent CSF leak).
            rule(OtherCondition.RECENT_SPINAL_PUNCTURE_OR_EPIDURAL,
                    ContraindicationCondition.RECENT_SPINAL_PUNCTURE_OR_EPIDURAL, RELATIVE, GENERAL, false, S,
                    "intake.contraindication.recent-spinal-puncture-or-epidural"),
            // §6.4 craniosacral caution.
            rule(OtherCondition.BRAIN_TUMOUR, ContraindicationCondition.BRAIN_TUMOUR, RELATIVE, GENERAL, false, S,
                    "intake.contraindication.brain-tumour"),
            rule(OtherCondition.EPILEPSY, ContraindicationCondition.EPILEPSY, RELATIVE, GENERAL, false, S,
                    "intake.contraindication.epilepsy"),
            // §6.4 MLD absolute; no source for other work, so clearance first [U].
            rule(OtherCondition.KIDNEY_FAILURE_ACUTE, ContraindicationCondition.KIDNEY_FAILURE_ACUTE, RELATIVE,
                    GENERAL, true, U, "intake.contraindication.kidney-failure-acute"),
            // §6.4 MLD relative.
            rule(OtherCondition.KIDNEY_DISEASE_CHRONIC, ContraindicationCondition.KIDNEY_DISEASE_CHRONIC, RELATIVE,
                    GENERAL, false, S, "intake.contraindication.kidney-disease-chronic"),
            rule(OtherCondition.LOW_BLOOD_PRESSURE, ContraindicationCondition.LOW_BLOOD_PRESSURE, RELATIVE, GENERAL,
                    false, S, "intake.contraindication.low-blood-pressure"),
            rule(OtherCondition.ASTHMA, ContraindicationCondition.ASTHMA, RELATIVE, GENERAL, false, S,
                    "intake.contraindication.asthma"),
            // §6.4 reflexology absolute; §6.1 local rules for injury, wounds and contagious skin.
            rule(OtherCondition.FOOT_INJURY_OR_WOUND, ContraindicationCondition.FOOT_INJURY_OR_WOUND, ABSOLUTE, FEET,
                    false, S, "intake.contraindication.foot-injury-or-wound"),
            rule(OtherCondition.GOUT_IN_FOOT, ContraindicationCondition.GOUT_IN_FOOT, ABSOLUTE, FEET, false, S,
                    "intake.contraindication.gout-in-foot"),
            rule(OtherCondition.FOOT_INFECTION, ContraindicationCondition.FOOT_INFECTION, ABSOLUTE, FEET, false, S,
                    "intake.contraindication.foot-infection"),
            // §6.4 reflexology: clearance.
            rule(OtherCondition.FOOT_OR_ANKLE_OSTEOARTHRITIS, ContraindicationCondition.FOOT_OR_ANKLE_OSTEOARTHRITIS,
                    RELATIVE, FEET, true, S, "intake.contraindication.foot-or-ankle-osteoarthritis"),
            // §6.4 reflexology clearance; hot stone absolute (loss of sensation).
            rule(OtherCondition.PERIPHERAL_VASCULAR_DISEASE, ContraindicationCondition.PERIPHERAL_VASCULAR_DISEASE,
                    RELATIVE, GENERAL, true, S, "intake.contraindication.peripheral-vascular-disease"),
            // §6.4 hot stone relative.
            rule(OtherCondition.HEAT_SENSITISING_MEDICATION, ContraindicationCondition.HEAT_SENSITISING_MEDICATION,
                    RELATIVE, GENERAL, false, S, "intake.contraindication.heat-sensitising-medication"),
            rule(OtherCondition.RECENT_RADIOTHERAPY, ContraindicationCondition.RECENT_RADIOTHERAPY, RELATIVE, GENERAL,
                    false, S, "intake.contraindication.recent-radiotherapy")));

    private final ContraindicationSettings settings;

    public ContraindicationPolicy() {
        this(ContraindicationSettings.DEFAULTS);
    }

    public ContraindicationPolicy(ContraindicationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The flags in the order of clinical-reference §6, general rules first. */
    public List<ContraindicationFlag> derive(IntakeAnswers answers, ScreeningResult screening, LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<ContraindicationFlag> flags = new ArrayList<>();
        screening(screening, flags);
        MedicalConcerns medical = answers.medical();
        if (medical != null) {
            general(medical, today, flags);
            pregnancy(medical.pregnancy(), flags);
            headAndNeck(medical, today, flags);
            techniqueSpecific(medical, flags);
        }
        age(answers.dateOfBirth(), today, flags);
        attack(answers.currentSymptoms(), flags);
        return List.copyOf(flags);
    }

    // clinical-reference §6.1 first row [U]: any SNNOOP10 emergency or urgent flag blocks until cleared.
    private static void screening(ScreeningResult screening, List<ContraindicationFlag> flags) {
        if (screening != null && screening.tier() == ScreeningTier.EMERGENCY) {
            flags.add(flag(ContraindicationCondition.RED_FLAG_SCREENING, ABSOLUTE, GENERAL, true, U,
                    "intake.contraindication.red-flag-screening.emergency"));
        } else if (screening != null && screening.tier() == ScreeningTier.URGENT) {
            flags.add(flag(ContraindicationCondition.RED_FLAG_SCREENING, ABSOLUTE, GENERAL, true, U,
                    "intake.contraindication.red-flag-screening.urgent"));
        }
    }

    private void general(MedicalConcerns m, LocalDate today, List<ContraindicationFlag> flags) {
        // §6.1 fever or acute systemic infection; intoxication; chemotherapy within 72 h: reschedule.
        when(m.feverToday(), flags, ContraindicationCondition.FEVER, ABSOLUTE, GENERAL, false, S,
                "intake.contraindication.fever");
        when(m.intoxicated(), flags, ContraindicationCondition.INTOXICATION, ABSOLUTE, GENERAL, false, S,
                "intake.contraindication.intoxication");
        when(m.chemotherapyLast72Hours(), flags, ContraindicationCondition.CHEMOTHERAPY_LAST_72_HOURS, ABSOLUTE,
                GENERAL, false, S, "intake.contraindication.chemotherapy-last-72-hours");
        // §6.1 suspected or untreated DVT: refer. A past DVT has no row; clearance first is our reading [U].
        if (m.dvt() == DvtHistory.CURRENT) {
            flags.add(flag(ContraindicationCondition.DVT_CURRENT, ABSOLUTE, GENERAL, true, S,
                    "intake.contraindication.dvt-current"));
        } else if (m.dvt() == DvtHistory.PAST) {
            flags.add(flag(ContraindicationCondition.DVT_PAST, RELATIVE, GENERAL, true, U,
                    "intake.contraindication.dvt-past"));
        }
        bloodPressure(m.bloodPressure(), flags);
        // §6.1 recent stroke or TIA: absolute for neck work, relative with clearance otherwise. §6.4 craniosacral:
        // absolute within 6 months. A stroke without a date counts as recent.
        if (m.strokeOrTia() != null && m.strokeOrTia().yes()) {
            LocalDate date = m.strokeOrTia().date();
            if (date == null || within(date, settings.recentStrokeMonths(), today)) {
                flags.add(flag(ContraindicationCondition.STROKE_OR_TIA_RECENT, ABSOLUTE, NECK, false, S,
                        "intake.contraindication.stroke-or-tia-recent.neck"));
                flags.add(flag(ContraindicationCondition.STROKE_OR_TIA_RECENT, RELATIVE, GENERAL, true, S,
                        "intake.contraindication.stroke-or-tia-recent.general"));
            } else if (within(date, settings.craniosacralStrokeMonths(), today)) {
                flags.add(flag(ContraindicationCondition.STROKE_OR_TIA_WITHIN_6_MONTHS, RELATIVE, GENERAL, true, S,
                        "intake.contraindication.stroke-or-tia-within-6-months"));
            }
        }
        // §6.1 acute injury; recent fracture or surgery (avoid until healed and cleared); varicose veins.
        located(m.acuteInjury(), flags, ContraindicationCondition.ACUTE_INJURY, false,
                "intake.contraindication.acute-injury");
        located(m.recentFractureOrSurgery(), flags, ContraindicationCondition.RECENT_FRACTURE_OR_SURGERY, true,
                "intake.contraindication.recent-fracture-or-surgery");
        located(m.varicoseVeins(), flags, ContraindicationCondition.VARICOSE_VEINS, false,
                "intake.contraindication.varicose-veins");
        skin(m, flags);
        // §6.1 anticoagulants or antiplatelets: light pressure only, no deep tissue, trigger-point compression or
        // hot stones (§6.4 treats compression as absolute [U]; the treatment module applies it per technique).
        when(m.anticoagulants(), flags, ContraindicationCondition.ANTICOAGULANTS, RELATIVE, GENERAL, false, S,
                "intake.contraindication.anticoagulants");
        // §6.1 severe osteoporosis; the client cannot grade severity, so any osteoporosis counts [U].
        when(m.osteoporosis(), flags, ContraindicationCondition.OSTEOPOROSIS, RELATIVE, GENERAL, false, U,
                "intake.contraindication.osteoporosis");
        // §6.1 diabetes, neuropathy, reduced sensation: no heat, light pressure over numb areas.
        when(m.diabetes(), flags, ContraindicationCondition.DIABETES, RELATIVE, GENERAL, false, S,
                "intake.contraindication.diabetes");
        when(m.reducedSensation(), flags, ContraindicationCondition.REDUCED_SENSATION, RELATIVE, GENERAL, false, S,
                "intake.contraindication.reduced-sensation");
        // §6.1 active cancer: written clearance from oncology. §6.4 MLD: treated cancer needs written clearance.
        if (m.cancer() == CancerHistory.ACTIVE) {
            flags.add(flag(ContraindicationCondition.CANCER_ACTIVE, RELATIVE, GENERAL, true, S,
                    "intake.contraindication.cancer-active"));
        } else if (m.cancer() == CancerHistory.TREATED) {
            flags.add(flag(ContraindicationCondition.CANCER_TREATED, RELATIVE, GENERAL, true, S,
                    "intake.contraindication.cancer-treated"));
        }
        // §6.1 implanted devices: avoid the site (absolute there, our reading [U]) and clearance for the rest.
        if (m.implants() != null && m.implants().yes()) {
            flags.add(flag(ContraindicationCondition.IMPLANT, ABSOLUTE, LOCAL, false, U,
                    "intake.contraindication.implant.local"));
            flags.add(flag(ContraindicationCondition.IMPLANT, RELATIVE, GENERAL, true, S,
                    "intake.contraindication.implant.general"));
        }
    }

    // §6.1: client-reported "uncontrolled" counts as severe uncontrolled hypertension (no numeric cut-off [U]).
    // Unknown blood pressure has no row; avoiding strong heat as for controlled hypertension is our reading [U].
    private static void bloodPressure(BloodPressureStatus status, List<ContraindicationFlag> flags) {
        if (status == BloodPressureStatus.UNCONTROLLED) {
            flags.add(flag(ContraindicationCondition.HYPERTENSION_UNCONTROLLED, ABSOLUTE, GENERAL, true, S,
                    "intake.contraindication.hypertension-uncontrolled"));
        } else if (status == BloodPressureStatus.CONTROLLED) {
            flags.add(flag(ContraindicationCondition.HYPERTENSION_CONTROLLED, RELATIVE, GENERAL, false, S,
                    "intake.contraindication.hypertension-controlled"));
        } else if (status == BloodPressureStatus.UNKNOWN) {
            flags.add(flag(ContraindicationCondition.BLOOD_PRESSURE_UNKNOWN, RELATIVE, GENERAL, false, U,
                    "intake.contraindication.blood-pressure-unknown"));
        }
    }

    // §6.1 open wounds, burns, recent scars, contagious skin conditions: avoid the area, postpone if widespread.
    // §6.4 hot stone: skin aggravated by heat is absolute for heat; for other work it is a local caution.
    private static void skin(MedicalConcerns m, List<ContraindicationFlag> flags) {
        ContraindicationScope scope = Boolean.TRUE.equals(m.skinWidespread()) ? GENERAL : LOCAL;
        String suffix = scope == GENERAL ? ".widespread" : ".local";
        when(m.has(SkinConcern.OPEN_WOUND_OR_BURN), flags,
                ContraindicationCondition.OPEN_WOUND_OR_BURN, ABSOLUTE, scope, false, S,
                "intake.contraindication.open-wound-or-burn" + suffix);
        when(m.has(SkinConcern.CONTAGIOUS), flags,
                ContraindicationCondition.CONTAGIOUS_SKIN_CONDITION, ABSOLUTE, scope, false, S,
                "intake.contraindication.contagious-skin-condition" + suffix);
        when(m.has(SkinConcern.RECENT_SCAR), flags, ContraindicationCondition.RECENT_SCAR, ABSOLUTE, scope, false, S,
                "intake.contraindication.recent-scar" + suffix);
        when(m.has(SkinConcern.HEAT_SENSITIVE), flags,
                ContraindicationCondition.HEAT_SENSITIVE_SKIN, RELATIVE, LOCAL, false, S,
                "intake.contraindication.heat-sensitive-skin");
    }

    private static void pregnancy(Pregnancy pregnancy, List<ContraindicationFlag> flags) {
        if (pregnancy == null) {
            return;
        }
        // §6.1 pre-eclampsia: refer. It can follow the birth, so it counts postpartum too.
        when(pregnancy.pregnantOrPostpartum() && Boolean.TRUE.equals(pregnancy.preEclampsia()), flags,
                ContraindicationCondition.PRE_ECLAMPSIA, ABSOLUTE, GENERAL, true, S,
                "intake.contraindication.pre-eclampsia");
        if (pregnancy.status() != PregnancyStatus.PREGNANT) {
            return;
        }
        // §6.1 high-risk pregnancy: absolute until cleared.
        when(pregnancy.highRisk(), flags, ContraindicationCondition.PREGNANCY_HIGH_RISK, ABSOLUTE, GENERAL, true, S,
                "intake.contraindication.pregnancy-high-risk");
        // §6.1 pregnancy: side-lying, no abdominal work; hot stones at most warm (§6.4, applied per technique).
        flags.add(flag(ContraindicationCondition.PREGNANCY, RELATIVE, GENERAL, false, S,
                "intake.contraindication.pregnancy.general"));
        flags.add(flag(ContraindicationCondition.PREGNANCY, ABSOLUTE, ABDOMEN, false, S,
                "intake.contraindication.pregnancy.abdomen"));
        // §6.4 reflexology: no deep pressure below the ankle bones or on SP6; none on LI4 between thumb and finger.
        flags.add(flag(ContraindicationCondition.PREGNANCY, RELATIVE, FEET, false, S,
                "intake.contraindication.pregnancy.feet"));
        flags.add(flag(ContraindicationCondition.PREGNANCY, RELATIVE, HANDS, false, S,
                "intake.contraindication.pregnancy.hands"));
        // §6.1: many practitioners avoid the first trimester; clearance first is the stricter reading [U]. An
        // unknown week counts as the first trimester.
        Integer weeks = pregnancy.weeksPregnant();
        when(weeks == null || weeks <= LAST_WEEK_OF_FIRST_TRIMESTER, flags,
                ContraindicationCondition.PREGNANCY_FIRST_TRIMESTER, RELATIVE, GENERAL, true, U,
                "intake.contraindication.pregnancy-first-trimester");
    }

    private void headAndNeck(MedicalConcerns m, LocalDate today, List<ContraindicationFlag> flags) {
        // §6.2 recent head or neck trauma or whiplash not yet medically assessed: no head or neck work until
        // cleared ([S]+[U], strictness ours). Once assessed, relative with clearance is our reading [U]. A
        // trauma without a date counts as recent.
        HeadNeckTrauma trauma = m.headOrNeckTrauma();
        if (trauma != null && trauma.yes()
                && (trauma.date() == null || within(trauma.date(), settings.recentTraumaMonths(), today))) {
            if (trauma.assessed()) {
                flags.add(flag(ContraindicationCondition.HEAD_OR_NECK_TRAUMA_ASSESSED, RELATIVE, HEAD, true, U,
                        "intake.contraindication.head-or-neck-trauma-assessed"));
                flags.add(flag(ContraindicationCondition.HEAD_OR_NECK_TRAUMA_ASSESSED, RELATIVE, NECK, true, U,
                        "intake.contraindication.head-or-neck-trauma-assessed"));
            } else {
                flags.add(flag(ContraindicationCondition.HEAD_OR_NECK_TRAUMA_NOT_ASSESSED, ABSOLUTE, HEAD, true, U,
                        "intake.contraindication.head-or-neck-trauma-not-assessed"));
                flags.add(flag(ContraindicationCondition.HEAD_OR_NECK_TRAUMA_NOT_ASSESSED, ABSOLUTE, NECK, true, U,
                        "intake.contraindication.head-or-neck-trauma-not-assessed"));
            }
        }
        // §6.2 carotid sinus hypersensitivity, carotid stenosis, carotid or vertebral dissection: no neck work.
        when(m.has(NeckArteryProblem.CAROTID_SINUS_HYPERSENSITIVITY), flags,
                ContraindicationCondition.CAROTID_SINUS_HYPERSENSITIVITY, ABSOLUTE, NECK, false, S,
                "intake.contraindication.carotid-sinus-hypersensitivity");
        when(m.has(NeckArteryProblem.CAROTID_STENOSIS), flags,
                ContraindicationCondition.CAROTID_STENOSIS, ABSOLUTE, NECK, false, S,
                "intake.contraindication.carotid-stenosis");
        when(m.has(NeckArteryProblem.ARTERY_DISSECTION), flags,
                ContraindicationCondition.ARTERY_DISSECTION, ABSOLUTE, NECK, false, S,
                "intake.contraindication.artery-dissection");
        // §6.2 hyperthyroidism: no treatment over the thyroid. §6.4 MLD: other thyroid disease, avoid the front of
        // the neck.
        if (m.thyroid() == ThyroidDisease.HYPERTHYROIDISM) {
            flags.add(flag(ContraindicationCondition.HYPERTHYROIDISM, ABSOLUTE, ANTERIOR_NECK, false, S,
                    "intake.contraindication.hyperthyroidism"));
        } else if (m.thyroid() == ThyroidDisease.OTHER) {
            flags.add(flag(ContraindicationCondition.THYROID_DISEASE, RELATIVE, ANTERIOR_NECK, false, S,
                    "intake.contraindication.thyroid-disease"));
        }
    }

    private static void techniqueSpecific(MedicalConcerns m, List<ContraindicationFlag> flags) {
        // §6.4 MLD: decompensated heart failure absolute; hot stone: cardiac conditions relative. The client
        // cannot tell compensated from decompensated, so clearance first [U].
        when(m.heartFailure(), flags, ContraindicationCondition.HEART_FAILURE, RELATIVE, GENERAL, true, U,
                "intake.contraindication.heart-failure");
        // §6.4 MLD: no lymphatic work on the neck with arrhythmia; hot stone: avoid strong heat.
        when(m.arrhythmia(), flags, ContraindicationCondition.ARRHYTHMIA, RELATIVE, GENERAL, false, S,
                "intake.contraindication.arrhythmia");
        // §6.4 hot stone: immune suppression, relative.
        when(m.immuneSuppression(), flags, ContraindicationCondition.IMMUNE_SUPPRESSION, RELATIVE, GENERAL, false,
                S, "intake.contraindication.immune-suppression");
        // No source: an oil allergy means no oils, or only ones the client knows they tolerate [U].
        when(m.oilAllergy() != null && m.oilAllergy().yes(), flags,
                ContraindicationCondition.OIL_ALLERGY, RELATIVE, GENERAL, false, U,
                "intake.contraindication.oil-allergy");
        if (m.otherConditions() != null) {
            for (OtherCondition condition : OtherCondition.values()) {
                if (m.has(condition)) {
                    flags.add(OTHER_CONDITIONS.get(condition));
                }
            }
        }
    }

    // §6.4 MLD: age over 60 for neck work needs clearance (arteriosclerotic plaque concern); completed years.
    private void age(LocalDate dateOfBirth, LocalDate today, List<ContraindicationFlag> flags) {
        if (dateOfBirth != null && !dateOfBirth.isAfter(today)
                && Period.between(dateOfBirth, today).getYears() > settings.lymphaticNeckAge()) {
            flags.add(flag(ContraindicationCondition.AGE_OVER_LYMPHATIC_NECK_LIMIT, RELATIVE, NECK, true, S,
                    "intake.contraindication.age-over-lymphatic-neck-limit"));
        }
    }

    // §6.3 during an attack: defer if touch hurts; otherwise not prone, shorter, no deep work, no heat on head or
    // neck, no fragrance.
    private static void attack(CurrentSymptoms now, List<ContraindicationFlag> flags) {
        if (now == null || !Boolean.TRUE.equals(now.headacheNow())) {
            return;
        }
        when(now.touchHurtsNow(), flags,
                ContraindicationCondition.TOUCH_HURTS_DURING_ATTACK, ABSOLUTE, GENERAL, false, S,
                "intake.contraindication.touch-hurts-during-attack");
        flags.add(flag(ContraindicationCondition.ATTACK_IN_PROGRESS, RELATIVE, GENERAL, false, S,
                "intake.contraindication.attack-in-progress"));
    }

    private static boolean within(LocalDate date, int months, LocalDate today) {
        return !date.isBefore(today.minusMonths(months));
    }

    /** Adds the flag when the answer is yes; unanswered counts as no. */
    private static void when(Boolean answer, List<ContraindicationFlag> flags, ContraindicationCondition condition,
                             ContraindicationClass contraindicationClass, ContraindicationScope scope,
                             boolean requiresClearance, SourceTag source, String reasonKey) {
        if (Boolean.TRUE.equals(answer)) {
            flags.add(flag(condition, contraindicationClass, scope, requiresClearance, source, reasonKey));
        }
    }

    // §6.1 absolute (local): work around the site the client described.
    private static void located(Concern concern, List<ContraindicationFlag> flags, ContraindicationCondition condition,
                                boolean requiresClearance, String reasonKey) {
        when(concern != null && concern.yes(), flags, condition, ABSOLUTE, LOCAL, requiresClearance, S, reasonKey);
    }

    private static ContraindicationFlag flag(ContraindicationCondition condition, ContraindicationClass kind,
                                             ContraindicationScope scope, boolean requiresClearance, SourceTag source,
                                             String reasonKey) {
        return new ContraindicationFlag(condition, kind, scope, requiresClearance, source, reasonKey);
    }

    private static Map.Entry<OtherCondition, ContraindicationFlag> rule(OtherCondition answer,
            ContraindicationCondition condition, ContraindicationClass kind, ContraindicationScope scope,
            boolean requiresClearance, SourceTag source, String reasonKey) {
        return Map.entry(answer, flag(condition, kind, scope, requiresClearance, source, reasonKey));
    }
}
