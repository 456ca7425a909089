package org.stillpoint.intake.domain;

/** The kinds of headache a client may recognise in themselves; their own words, not a diagnosis. */
public enum HeadacheKind {
    MIGRAINE, MIGRAINE_WITH_AURA, TENSION_TYPE, CLUSTER, NECK_RELATED, OTHER, NOT_SURE
}
