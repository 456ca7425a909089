package org.stillpoint.treatment;

import java.util.List;

/**
 * A whole new home-care plan, made from {@code version}: the items in order. An item with the id of one in the plan
 * changes it; an item without an id is added; an item of the plan left out is removed (its ticks are kept).
 */
public record HomeCarePlanChange(Long version, String note, List<Item> items) {

    /**
     * One item as the therapist wants it. {@code minutes} for a template measured in minutes, {@code glasses} for
     * one measured in glasses; {@code times} for a counted frequency (ignored otherwise).
     */
    public record Item(HomeCareItemId id, String template, HomeCareFrequency frequency, Integer times,
                       Integer minutes, Integer glasses, String notes) {
    }
}
