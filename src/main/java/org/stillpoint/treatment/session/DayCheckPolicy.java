package org.stillpoint.treatment.session;

import static org.stillpoint.intake.ContraindicationClass.ABSOLUTE;
import static org.stillpoint.intake.ContraindicationClass.RELATIVE;
import static org.stillpoint.intake.ContraindicationScope.GENERAL;
import static org.stillpoint.intake.ContraindicationScope.HEAD;
import static org.stillpoint.intake.ContraindicationScope.NECK;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationFlag;
import org.stillpoint.intake.SourceTag;
import org.stillpoint.platform.FieldProblems;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.CheckAnswers;

/**
 * What the day's pre-session check means for treatment (clinical-reference §6.5: evaluate the rules again with that
 * day's answers — fever, an attack in progress, new medicines, new injuries). Pure: the answers in, the extra flags,
 * the areas to leave alone and the red-flag answers to screen again out.
 */
public final class DayCheckPolicy {

    static final int MAX_ATTACK_HOURS = 72;
    static final int MAX_TEXT = 500;
    private static final int MAX_SEVERITY = 10;

    // SNNOOP10 questions the day's answers settle (clinical-reference §5, §6.2, §6.3).
    static final String PATTERN_CHANGED = "PATTERN_NEW_OR_CHANGED";
    static final String HEAD_INJURY = "HEAD_INJURY";

    /** Every missing or wrong answer, by field; nothing is stored when there is one. */
    public void check(CheckAnswers answers) {
        FieldProblems wrong = new FieldProblems()
                .required("fever", answers.fever())
                .required("attackInProgress", answers.attackInProgress())
                .required("newMedicine", answers.newMedicine())
                .required("newInjury", answers.newInjury())
                .required("headOrNeckInjury", answers.headOrNeckInjury())
                .required("newSymptom", answers.newSymptom())
                .text("attackMedicine", answers.attackMedicine(), MAX_TEXT, false);
        if (answers.attack()) {
            wrong.range("attackHoursAgo", answers.attackHoursAgo(), 0, MAX_ATTACK_HOURS)
                    .range("attackSeverity", answers.attackSeverity(), 0, MAX_SEVERITY)
                    .required("attackUnusual", answers.attackUnusual())
                    .required("touchHurts", answers.touchHurts());
        }
        if (Boolean.TRUE.equals(answers.newMedicine())) {
            wrong.text("newMedicineName", answers.newMedicineName(), MAX_TEXT, true)
                    .required("bloodThinner", answers.bloodThinner());
        }
        if (Boolean.TRUE.equals(answers.newInjury())) {
            wrong.text("injuryDescription", answers.injuryDescription(), MAX_TEXT, true);
        }
        if (Boolean.TRUE.equals(answers.newSymptom())) {
            wrong.text("symptomDescription", answers.symptomDescription(), MAX_TEXT, true);
        }
        wrong.throwIfAny("invalid-check", "treatment.check.invalid");
    }

    /** The flags the day's answers raise, in the order of clinical-reference §6. */
    public List<ContraindicationFlag> flags(CheckAnswers answers) {
        List<ContraindicationFlag> flags = new ArrayList<>();
        // §6.1 fever or acute systemic infection: absolute, reschedule.
        if (Boolean.TRUE.equals(answers.fever())) {
            flags.add(flag(ContraindicationCondition.FEVER, ABSOLUTE, GENERAL, false, SourceTag.S,
                    "intake.contraindication.fever"));
        }
        // §6.1 anticoagulants: light pressure only. A medicine the client is not sure about counts [U].
        if (Boolean.TRUE.equals(answers.newMedicine()) && answers.bloodThinner() != null
                && answers.bloodThinner().yesOrUnsure()) {
            flags.add(flag(ContraindicationCondition.ANTICOAGULANTS, RELATIVE, GENERAL, false,
                    answers.bloodThinner() == org.stillpoint.treatment.YesNoUnsure.YES ? SourceTag.S : SourceTag.U,
                    "intake.contraindication.anticoagulants"));
        }
        // §6.2 recent head or neck trauma not yet assessed: no head or neck work until cleared [S]+[U].
        if (Boolean.TRUE.equals(answers.headOrNeckInjury())) {
            flags.add(flag(ContraindicationCondition.HEAD_OR_NECK_TRAUMA_NOT_ASSESSED, ABSOLUTE, HEAD, true,
                    SourceTag.U, "intake.contraindication.head-or-neck-trauma-not-assessed"));
            flags.add(flag(ContraindicationCondition.HEAD_OR_NECK_TRAUMA_NOT_ASSESSED, ABSOLUTE, NECK, true,
                    SourceTag.U, "intake.contraindication.head-or-neck-trauma-not-assessed"));
        }
        // §6.3 during an attack: defer when touch makes it worse; otherwise the attack rules.
        if (answers.attack()) {
            if (Boolean.TRUE.equals(answers.touchHurts())) {
                flags.add(flag(ContraindicationCondition.TOUCH_HURTS_DURING_ATTACK, ABSOLUTE, GENERAL, false,
                        SourceTag.S, "intake.contraindication.touch-hurts-during-attack"));
            }
            flags.add(flag(ContraindicationCondition.ATTACK_IN_PROGRESS, RELATIVE, GENERAL, false, SourceTag.S,
                    "intake.contraindication.attack-in-progress"));
        }
        return List.copyOf(flags);
    }

    /** §6.1 acute injury, absolute (local): the injured areas are left alone today. */
    public Set<BodyArea> avoidToday(CheckAnswers answers) {
        if (!Boolean.TRUE.equals(answers.newInjury()) || answers.injuredAreas().isEmpty()) {
            return Set.of();
        }
        return EnumSet.copyOf(answers.injuredAreas());
    }

    /**
     * The red-flag answers to screen again: the client's, plus what the day's answers settle — an attack unlike the
     * usual ones is a change in pattern (§6.3 last row, SNNOOP10 #6), a new knock to the head is #13 (§6.2).
     */
    public Map<String, Boolean> redFlags(CheckAnswers answers) {
        Map<String, Boolean> all = new LinkedHashMap<>(answers.redFlags());
        if (answers.attack() && Boolean.TRUE.equals(answers.attackUnusual())) {
            all.put(PATTERN_CHANGED, true);
        }
        if (Boolean.TRUE.equals(answers.headOrNeckInjury())) {
            all.put(HEAD_INJURY, true);
        }
        return all;
    }

    private static ContraindicationFlag flag(ContraindicationCondition condition,
                                             org.stillpoint.intake.ContraindicationClass kind,
                                             org.stillpoint.intake.ContraindicationScope scope,
                                             boolean clearance, SourceTag source, String reasonKey) {
        return new ContraindicationFlag(condition, kind, scope, clearance, source, reasonKey);
    }
}
