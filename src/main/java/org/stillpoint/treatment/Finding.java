package org.stillpoint.treatment;

import org.stillpoint.intake.ContraindicationClass;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.SourceTag;

/**
 * One rule that applies to a block (or to the whole session), and what it asks for.
 *
 * @param ruleId          the rule's id: a row of the rule table, or one of the engine's standing rules
 *                        ({@link ContraindicationEngine#STANDING_RULES})
 * @param condition       the client's condition behind it; null for a standing rule that holds for every client or
 *                        comes from the limit of a clearance
 * @param change          what the block needs (NONE for a caution or a block that already complies)
 * @param clearanceOnFile whether a clearance in force was recorded against the condition
 * @param overridable     whether the therapist may override it: RELATIVE, and the clearance on file where needed
 * @param overridden      whether an override with a reason was given for it
 */
public record Finding(String ruleId, ContraindicationCondition condition, ContraindicationClass ruleClass,
                      RuleEffect effect, RequiredChange change, Integer maxPressure, boolean requiresClearance,
                      boolean clearanceOnFile, boolean overridable, boolean overridden, SourceTag source,
                      String section, String reasonKey) {
}
