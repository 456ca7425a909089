package org.stillpoint.notifications;

/**
 * How the outgoing mail stands, for staff.
 *
 * @param queued   waiting to be sent, including those being retried
 * @param retrying queued after at least one failed delivery: a sign that the mail server is not reachable
 * @param sent     delivered to the mail server
 * @param failed   given up after the last retry
 */
public record OutboxStatus(long queued, long retrying, long sent, long failed) {
}
