package org.stillpoint.scheduling.waitlist;

/**
 * Where an offer stands: open while it is held, then accepted (booked), declined, expired (its hold ran out), taken
 * (someone else booked the slot first) or withdrawn (the client left the waitlist).
 */
public enum OfferStatus {
    OPEN, ACCEPTED, DECLINED, EXPIRED, TAKEN, WITHDRAWN
}
