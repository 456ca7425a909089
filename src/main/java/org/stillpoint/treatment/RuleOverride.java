package org.stillpoint.treatment;

/**
 * The therapist overrides a RELATIVE rule for the block at {@code block} (0-based), with a written reason
 * (clinical-reference §6.5). ABSOLUTE rules cannot be overridden.
 */
public record RuleOverride(int block, String ruleId, String reason) {
}
