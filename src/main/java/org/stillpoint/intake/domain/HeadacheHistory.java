package org.stillpoint.intake.domain;

import java.util.List;

/**
 * The client's headache history (clinical-reference §4): the kinds they recognise with the age each began, years
 * with headache, usual headache days per month and duration, usual features, aura symptoms (an empty list means
 * none) and whether anything changed in the last 3 months.
 */
public record HeadacheHistory(List<HeadacheType> types, Integer yearsWithHeadache, Integer headacheDaysPerMonth,
                              UsualDuration usualDuration, UsualFeatures usualFeatures, List<AuraSymptom> aura,
                              Boolean changedInLast3Months) {

    public HeadacheHistory {
        types = Copies.list(types);
        aura = Copies.list(aura);
    }
}
