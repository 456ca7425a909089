package org.stillpoint.intake;

/**
 * Where a contraindication applies: the whole session, or one region (clinical-reference §6.5). LOCAL is the site
 * the client described in their own words (an implant, a varicose vein, a recent fracture).
 */
public enum ContraindicationScope {
    GENERAL, HEAD, NECK, ANTERIOR_NECK, ABDOMEN, HANDS, FEET, LOCAL
}
