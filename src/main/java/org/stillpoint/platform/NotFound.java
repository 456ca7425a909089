package org.stillpoint.platform;

/**
 * A record that does not exist, or that the caller may not see: both answer 404 so that nobody learns whether
 * someone else's record exists.
 */
public class NotFound extends DomainException {

    public NotFound(String recordType) {
        super("not-found", "problem.not-found", recordType);
    }
}
