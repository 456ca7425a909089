package org.stillpoint.intake;

import java.util.Objects;

/**
 * One contraindication the client's answers raise, as data (clinical-reference §6.5): the condition, whether it is
 * ABSOLUTE or RELATIVE, where it applies, whether a recorded clinician clearance is needed before the restriction
 * may be lifted (ABSOLUTE) or overridden (RELATIVE), the confidence of its source, and the message key of the rule
 * in plain words.
 *
 * <p>Class and scope state the rule for every technique (§6.1–6.3). Technique-specific rules (§6.4, for example
 * "no hot stones" with reduced sensation) are keyed on the condition by the treatment module; a condition that
 * matters only to some techniques is raised as RELATIVE so that the therapist sees it.
 */
public record ContraindicationFlag(ContraindicationCondition condition, ContraindicationClass contraindicationClass,
                                   ContraindicationScope scope, boolean requiresClearance, SourceTag source,
                                   String reasonKey) {

    public ContraindicationFlag {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(contraindicationClass, "contraindicationClass");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reasonKey, "reasonKey");
    }

    public boolean absolute() {
        return contraindicationClass == ContraindicationClass.ABSOLUTE;
    }

    /** An ABSOLUTE flag for the whole session: no treatment of any kind. */
    public boolean blocksAllTreatment() {
        return absolute() && scope == ContraindicationScope.GENERAL;
    }
}
