package org.stillpoint.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.Money;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.scheduling.WorkingHours;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.TherapistView;

/** Each reason a requested time is refused, in the words of its problem type. */
class BookingRulesTest {

    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    private static final Instant NOW = Instant.parse("2027-03-01T16:00:00Z");
    /** Wednesday 2027-03-03, 10:00 local. */
    private static final Instant TEN = Instant.parse("2027-03-03T18:00:00Z");

    private final TherapistView therapist = therapist(ProviderType.MEDICAL_MASSAGE_THERAPIST,
            EnumSet.of(Technique.MEDICAL_MASSAGE), true);
    private final SessionTypeView medicalMassage = type(Technique.MEDICAL_MASSAGE,
            ProviderType.MEDICAL_MASSAGE_THERAPIST);

    @Test
    void aTimeAvailabilityWouldOfferPasses() {
        assertThatCode(() -> check(TEN, calendar(Set.of(), List.of()))).doesNotThrowAnyException();
    }

    @Test
    void refusesATherapistOfAnotherProviderTypeOrWithoutTheTechniqueOrInactive() {
        TherapistView spa = therapist(ProviderType.SPA_MASSAGE_THERAPIST, EnumSet.of(Technique.MEDICAL_MASSAGE), true);
        TherapistView withoutTechnique = therapist(ProviderType.MEDICAL_MASSAGE_THERAPIST,
                EnumSet.of(Technique.SWEDISH), true);
        TherapistView inactive = therapist(ProviderType.MEDICAL_MASSAGE_THERAPIST,
                EnumSet.of(Technique.MEDICAL_MASSAGE), false);

        for (TherapistView wrong : List.of(spa, withoutTechnique, inactive)) {
            assertRefused(() -> BookingRules.check(wrong, medicalMassage, slot(TEN), calendar(Set.of(), List.of())),
                    "therapist-not-eligible");
        }
    }

    @Test
    void refusesAStartOffTheGrid() {
        assertRefused(() -> check(TEN.plusSeconds(600), calendar(Set.of(), List.of())), "slot-off-grid");
    }

    @Test
    void refusesAStartInsideTheNoticeOrBeyondTheHorizon() {
        assertRefused(() -> check(Instant.parse("2027-03-01T17:00:00Z"), calendar(Set.of(), List.of())),
                "too-short-notice");
        assertRefused(() -> check(Instant.parse("2027-06-07T17:00:00Z"), calendar(Set.of(), List.of())),
                "beyond-horizon");
    }

    @Test
    void refusesAClosedDayOutsideWorkingHoursAndTimeOff() {
        assertRefused(() -> check(TEN, calendar(Set.of(LocalDate.of(2027, 3, 3)), List.of())), "clinic-closed");
        assertRefused(() -> check(Instant.parse("2027-03-03T15:00:00Z"), calendar(Set.of(), List.of())),
                "outside-working-hours");
        // 12:00–13:00 runs past the end of the morning stretch at 12:30
        assertRefused(() -> check(Instant.parse("2027-03-03T20:00:00Z"), calendar(Set.of(), List.of())),
                "outside-working-hours");
        assertRefused(() -> check(TEN, calendar(Set.of(), List.of(new TimeSlot(TEN.plusSeconds(3000),
                TEN.plusSeconds(7200))))), "therapist-away");
    }

    private void check(Instant start, BookingRules.Calendar calendar) {
        BookingRules.check(therapist, medicalMassage, slot(start), calendar);
    }

    private static TimeSlot slot(Instant start) {
        return TimeSlot.of(start, Duration.ofMinutes(60));
    }

    private static BookingRules.Calendar calendar(Set<LocalDate> closures, List<TimeSlot> away) {
        List<WorkingHours> week = List.of(
                new WorkingHours(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)),
                new WorkingHours(DayOfWeek.WEDNESDAY, LocalTime.of(13, 30), LocalTime.of(17, 0)));
        return new BookingRules.Calendar(ZONE, 15, Duration.ofHours(2), NOW.plus(Duration.ofHours(2)),
                Duration.ofDays(90), NOW.plus(Duration.ofDays(90)), closures, week, away);
    }

    private static void assertRefused(ThrowingCallable call, String type) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.problemType()).isEqualTo(type));
    }

    static TherapistView therapist(ProviderType type, Set<Technique> techniques, boolean active) {
        return new TherapistView(new TherapistId(UUID.randomUUID()), new AccountId(UUID.randomUUID()), "Theo",
                type, null, null, null, techniques, null, active);
    }

    static SessionTypeView type(Technique technique, ProviderType... providers) {
        Money price = new Money(new BigDecimal("100.00"), Currency.getInstance("USD"));
        Map<ProviderType, Money> prices = new EnumMap<>(ProviderType.class);
        for (ProviderType provider : providers) {
            prices.put(provider, price);
        }
        return new SessionTypeView(new SessionTypeId(UUID.randomUUID()), "Session", 60, SessionKind.TREATMENT, true,
                null, true, technique, prices);
    }
}
