package org.stillpoint.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * When a therapist is away: whole days (in the clinic's zone, both inclusive), a stretch between two local
 * date-times in the clinic's zone, or a stretch between two instants.
 */
public sealed interface TimeOffPeriod {

    record WholeDays(LocalDate first, LocalDate last) implements TimeOffPeriod {
        public WholeDays {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
        }
    }

    record LocalStretch(LocalDateTime start, LocalDateTime end) implements TimeOffPeriod {
        public LocalStretch {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    record Stretch(Instant start, Instant end) implements TimeOffPeriod {
        public Stretch {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }
}
