package org.stillpoint.intake;

/** What a clinician's clearance allows: any treatment, gentle work only, or anything but work on the neck. */
public enum ClearanceScope {
    ALL_TREATMENT, GENTLE_WORK_ONLY, NO_NECK_WORK
}
