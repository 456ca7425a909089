package org.stillpoint.treatment;

import org.stillpoint.platform.RuleViolation;

/**
 * An override the engine will not accept (422), about the {@code overrides[i].ruleId} the caller sent: the rule is
 * ABSOLUTE, it needs a clearance that is not on file, or it does not apply to that block (clinical-reference §6.5).
 */
public class OverrideRefused extends RuleViolation {

    /** The problem types, stable for programs. */
    public static final String ABSOLUTE = "absolute-rule-override";
    public static final String CLEARANCE_REQUIRED = "clearance-required";
    public static final String NOT_APPLICABLE = "override-not-applicable";

    private OverrideRefused(String problemType, String field, String messageKey, String ruleId, int block) {
        super(problemType, field, messageKey, ruleId, block + 1);
    }

    static OverrideRefused absolute(int override, String ruleId, int block) {
        return new OverrideRefused(ABSOLUTE, field(override), "override.refused.absolute", ruleId, block);
    }

    static OverrideRefused clearanceRequired(int override, String ruleId, int block) {
        return new OverrideRefused(CLEARANCE_REQUIRED, field(override), "override.refused.clearance-required", ruleId,
                block);
    }

    static OverrideRefused notApplicable(int override, String ruleId, int block) {
        return new OverrideRefused(NOT_APPLICABLE, field(override), "override.refused.not-applicable", ruleId, block);
    }

    private static String field(int override) {
        return "overrides[" + override + "].ruleId";
    }
}
