package org.stillpoint.clients.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** A date of birth is a real one: not in the future and not before 1900. */
public final class BirthDateRule {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private BirthDateRule() {
    }

    /**
     * Today as the latest calendar day anywhere on Earth (UTC+14): a date of birth is checked against it, so that
     * nobody born today in their own time zone is turned away because the server's day is behind.
     */
    public static LocalDate latestToday(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(14));
    }

    /** The message key of what is wrong with the date, or empty when it is plausible. */
    public static Optional<String> problem(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth == null) {
            return Optional.of("field.required");
        }
        if (dateOfBirth.isAfter(today)) {
            return Optional.of("field.date.future");
        }
        if (dateOfBirth.isBefore(EARLIEST)) {
            return Optional.of("clients.date-of-birth.too-early");
        }
        return Optional.empty();
    }
}
