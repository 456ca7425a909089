package org.stillpoint.scheduling.waitlist;

/** Where a waitlist entry stands: waiting, booked through an offer, taken back by the client, or past its days. */
public enum EntryStatus {
    ACTIVE, FULFILLED, WITHDRAWN, EXPIRED
}
