package org.stillpoint.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.scheduling.AppointmentStatus;
import org.stillpoint.therapists.TherapistId;

class AppointmentTest {

    private static final Instant START = Instant.parse("2027-03-03T18:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(24);
    private final AccountId desk = AccountId.random();

    @Test
    void aBookingIsBusyUntilItsEndPlusTheBuffer() {
        Appointment appointment = booked(Duration.ofMinutes(15));

        assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(appointment.time()).isEqualTo(new TimeSlot(START, START.plus(Duration.ofMinutes(60))));
        assertThat(appointment.view(java.time.ZoneOffset.UTC).end().toInstant())
                .isEqualTo(START.plus(Duration.ofMinutes(60)));
    }

    @Test
    void aSessionWithItsBufferLongerThanTheLongestBusyRangeIsRefused() {
        assertThatThrownBy(() -> Appointment.book(ClientId.random(), new TherapistId(UUID.randomUUID()),
                new RoomId(UUID.randomUUID()), new SessionTypeId(UUID.randomUUID()),
                TimeSlot.of(START, Duration.ofMinutes(330)), Duration.ofMinutes(60), desk, START))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Nested
    class Cancelling {

        @Test
        void beforeTheWindowIsInTime() {
            Appointment appointment = booked(Duration.ofMinutes(15));

            appointment.cancel(desk, " moved away ", WINDOW, START.minus(Duration.ofHours(24)));

            assertThat(appointment.status()).isEqualTo(AppointmentStatus.CANCELLED);
            assertThat(appointment.lateCancellation()).isFalse();
            assertThat(appointment.cancelledAt()).isEqualTo(START.minus(Duration.ofHours(24)));
        }

        @Test
        void insideTheWindowIsLate() {
            Appointment appointment = booked(Duration.ofMinutes(15));

            appointment.cancel(desk, null, WINDOW, START.minus(Duration.ofHours(23)));

            assertThat(appointment.lateCancellation()).isTrue();
        }

        @Test
        void afterTheStartIsRefusedAndTwiceIsAConflict() {
            Appointment started = booked(Duration.ZERO);
            assertThatThrownBy(() -> started.cancel(desk, null, WINDOW, START))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.problemType()).isEqualTo("appointment-started"));

            Appointment cancelled = booked(Duration.ZERO);
            cancelled.cancel(desk, null, WINDOW, START.minusSeconds(60));
            assertThatThrownBy(() -> cancelled.cancel(desk, null, WINDOW, START.minusSeconds(30)))
                    .isInstanceOf(Conflict.class);
        }
    }

    @Nested
    class RecordingTheOutcome {

        @Test
        void attendedOrMissedOnceTheSessionHasStarted() {
            Appointment attended = booked(Duration.ZERO);
            attended.markAttended(desk, START.plusSeconds(60));
            assertThat(attended.status()).isEqualTo(AppointmentStatus.COMPLETED);

            Appointment missed = booked(Duration.ZERO);
            missed.markMissed(desk, START.plus(Duration.ofMinutes(20)));
            assertThat(missed.status()).isEqualTo(AppointmentStatus.MISSED);
        }

        @Test
        void notBeforeTheStartAndNotTwice() {
            Appointment appointment = booked(Duration.ZERO);
            assertThatThrownBy(() -> appointment.markAttended(desk, START.minusSeconds(1)))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.problemType()).isEqualTo("appointment-not-started"));

            appointment.markMissed(desk, START);
            assertThatThrownBy(() -> appointment.markAttended(desk, START.plusSeconds(1)))
                    .isInstanceOfSatisfying(Conflict.class,
                            e -> assertThat(e.problemType()).isEqualTo("appointment-not-open"));
        }
    }

    private Appointment booked(Duration buffer) {
        return Appointment.book(ClientId.random(), new TherapistId(UUID.randomUUID()), new RoomId(UUID.randomUUID()),
                new SessionTypeId(UUID.randomUUID()), TimeSlot.of(START, Duration.ofMinutes(60)), buffer, desk,
                START.minus(Duration.ofDays(3)));
    }
}
