package org.stillpoint.clients;

/**
 * What the clinic needs to write to a client on its own (a confirmation, a reminder) or to name them in their
 * therapist's calendar: the first name and the e-mail address, nothing more.
 */
public record ClientAddressee(ClientId id, String firstName, String email) {
}
