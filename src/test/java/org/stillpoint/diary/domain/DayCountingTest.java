package org.stillpoint.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.AuraType;
import org.stillpoint.diary.DayFacts;
import org.stillpoint.diary.DayStatus;
import org.stillpoint.diary.DiaryDay;
import org.stillpoint.diary.DiaryFigures;
import org.stillpoint.diary.DrugClass;
import org.stillpoint.diary.Intensity;
import org.stillpoint.diary.MedicineEffect;
import org.stillpoint.diary.Nausea;
import org.stillpoint.diary.PainQuality;
import org.stillpoint.diary.Side;
import org.stillpoint.diary.domain.DayCountingRules.TriptanRule;

/** The day-counting rules of clinical-reference §2.1, case by case. */
class DayCountingTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    static DayCountingRules rules(int migraineMinMinutes, TriptanRule triptanRule, double minCoverage,
                                  boolean probableCounts) {
        DayCountingRules d = DayCountingRules.DEFAULTS;
        return new DayCountingRules(d.headacheMinMinutes(), migraineMinMinutes, triptanRule, minCoverage,
                probableCounts, d.auraMinMinutes(), d.auraMaxMinutes(), d.mildUpTo(), d.moderateUpTo());
    }

    static NavigableMap<LocalDate, DayFacts> days(DayCountingRules rules, ZoneId zone, String from, String to,
                                                  List<DiaryDay> checkIns, boolean migraineur,
                                                  AttackEntry... attacks) {
        return new DayCounting(rules).days(LocalDate.parse(from), LocalDate.parse(to), zone, checkIns,
                List.of(attacks), NOW, migraineur);
    }

    static NavigableMap<LocalDate, DayFacts> days(String from, String to, AttackEntry... attacks) {
        return days(DayCountingRules.DEFAULTS, BERLIN, from, to, List.of(), false, attacks);
    }

    static DayFacts day(NavigableMap<LocalDate, DayFacts> days, String date) {
        return days.get(LocalDate.parse(date));
    }

    static DiaryDay checkIn(String date, DayStatus status) {
        return new DiaryDay(LocalDate.parse(date), status, null, null, NOW);
    }

    /** Check-ins for every day from {@code from} on, {@code count} of them. */
    static List<DiaryDay> checkIns(String from, int count, DayStatus status) {
        List<DiaryDay> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(new DiaryDay(LocalDate.parse(from).plusDays(i), status, null, null, NOW));
        }
        return days;
    }

    static AttackBuilder attack() {
        return AttackBuilder.in(BERLIN);
    }

    @Nested
    class CalendarDaysInTheClientsZone {

        @Test
        void anAttackAcrossMidnightCountsOnEachDayItTouches() {
            var days = days("2026-11-01", "2026-11-04",
                    attack().from("2026-11-02T22:00").to("2026-11-03T03:00").migraineFeatures().build());

            assertThat(day(days, "2026-11-02").migraine()).isTrue();
            assertThat(day(days, "2026-11-03").migraine()).isTrue();
            assertThat(day(days, "2026-11-03").headache()).isTrue();
            assertThat(day(days, "2026-11-01").recorded()).isFalse();
            assertThat(day(days, "2026-11-04").recorded()).isFalse();
        }

        @Test
        void anAttackOverThreeNightsCountsOnFourDays() {
            var days = days("2026-11-01", "2026-11-06",
                    attack().from("2026-11-02T20:00").to("2026-11-05T01:00").migraineFeatures().build());

            assertThat(days.values().stream().filter(DayFacts::migraine).map(DayFacts::day).toList())
                    .containsExactly(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-03"),
                            LocalDate.parse("2026-11-04"), LocalDate.parse("2026-11-05"));
        }

        @Test
        void anAttackEndingAtMidnightDoesNotTouchTheNextDay() {
            var days = days("2026-11-02", "2026-11-03",
                    attack().from("2026-11-02T18:00").to("2026-11-03T00:00").migraineFeatures().build());

            assertThat(day(days, "2026-11-02").migraine()).isTrue();
            assertThat(day(days, "2026-11-03").recorded()).isFalse();
        }

        @Test
        void theSameInstantsFallOnTheClientsOwnCalendarDay() {
            AttackEntry lateInCalifornia = AttackBuilder.in(LOS_ANGELES).from("2026-02-28T20:00")
                    .to("2026-02-28T23:00").migraineFeatures().build();

            var inLosAngeles = days(DayCountingRules.DEFAULTS, LOS_ANGELES, "2026-02-27", "2026-03-02", List.of(),
                    false, lateInCalifornia);
            var inBerlin = days(DayCountingRules.DEFAULTS, BERLIN, "2026-02-27", "2026-03-02", List.of(), false,
                    lateInCalifornia);

            assertThat(inLosAngeles.values().stream().filter(DayFacts::migraine).map(DayFacts::day))
                    .containsExactly(LocalDate.parse("2026-02-28"));
            assertThat(inBerlin.values().stream().filter(DayFacts::migraine).map(DayFacts::day))
                    .containsExactly(LocalDate.parse("2026-03-01"));
        }

        @Test
        void onTheSpringDstDayDurationIsRealTimeNotClockTime() {
            // 2026-03-29 in Berlin: the clocks jump from 02:00 to 03:00, so 01:30–03:30 on the clock is one hour.
            DayCountingRules ninetyMinutes = new DayCountingRules(90, 90, TriptanRule.ANY_USE, 0.8, true, 5, 60, 3,
                    6);
            AttackEntry acrossTheJump = attack().from("2026-03-29T01:30").to("2026-03-29T03:30").migraineFeatures()
                    .build();

            var days = days(ninetyMinutes, BERLIN, "2026-03-29", "2026-03-29", List.of(), false, acrossTheJump);

            assertThat(new DayCounting(ninetyMinutes).classify(acrossTheJump, NOW, false).minutes()).isEqualTo(60);
            assertThat(day(days, "2026-03-29").recorded()).isTrue();
            assertThat(day(days, "2026-03-29").headache()).as("one real hour is under 90 minutes").isFalse();
        }

        @Test
        void onTheAutumnDstDayThe25HourDayIsOneDay() {
            // 2026-10-25 in Berlin lasts 25 hours: an attack from 00:30 to 23:30 on the clock is 24 real hours.
            AttackEntry allDay = attack().from("2026-10-25T00:30").to("2026-10-25T23:30").migraineFeatures().build();

            var days = days("2026-10-24", "2026-10-26", allDay);

            assertThat(new DayCounting(DayCountingRules.DEFAULTS).classify(allDay, NOW, false).minutes())
                    .isEqualTo(24 * 60);
            assertThat(days.values().stream().filter(DayFacts::migraine).map(DayFacts::day))
                    .containsExactly(LocalDate.parse("2026-10-25"));
        }

        @Test
        void anAttackJustLoggedAndStillGoingIsAHeadacheAtOnceButNotYetAMigraineByItsDuration() {
            Instant justNow = NOW.minusSeconds(60);
            AttackEntry logged = new AttackEntry(justNow, null, null, 7, null, Side.LEFT, List.of(),
                    PainQuality.PULSATING, true, Nausea.MILD, false, true, true, List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), null);

            var days = days(DayCountingRules.DEFAULTS, BERLIN, "2026-11-20", "2026-11-20", List.of(), true, logged);

            assertThat(day(days, "2026-11-20").headache()).isTrue();
            assertThat(day(days, "2026-11-20").migraine())
                    .as("one minute is under the migraine minimum, and not yet a probable migraine either").isFalse();
        }

        @Test
        void anAttackStillGoingCountsUpToNow() {
            var days = days(DayCountingRules.DEFAULTS, BERLIN, "2026-11-18", "2026-11-20", List.of(), false,
                    attack().from("2026-11-19T20:00").stillGoing().intensity(Intensity.MODERATE).build());

            assertThat(day(days, "2026-11-18").recorded()).isFalse();
            assertThat(day(days, "2026-11-19").headache()).isTrue();
            assertThat(day(days, "2026-11-20").headache()).isTrue();
        }
    }

    @Nested
    class GapsAndCoverage {

        @Test
        void aDayNotRecordedIsAGapNeverAHeadacheFreeDay() {
            DayCounting counting = new DayCounting(DayCountingRules.DEFAULTS);
            var days = counting.days(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-28"), BERLIN,
                    checkIns("2026-10-01", 10, DayStatus.HEADACHE_FREE), List.of(), NOW, false);

            DiaryFigures figures = counting.figures(days, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-28"));

            assertThat(figures.days()).isEqualTo(28);
            assertThat(figures.recordedDays()).isEqualTo(10);
            assertThat(figures.headacheDays()).isZero();
            assertThat(figures.coverage()).isEqualByComparingTo("0.36");
            assertThat(figures.sufficient()).isFalse();
            assertThat(figures.headacheDaysPer28()).as("no per-28 figure from 10 of 28 days").isNull();
            assertThat(figures.migraineDaysPer28()).isNull();
            assertThat(day(days, "2026-10-20").recorded()).isFalse();
            assertThat(day(days, "2026-10-20").headache()).isFalse();
        }

        @Test
        void thePer28FiguresAppearExactlyAtTheCoverageThreshold() {
            DayCounting counting = new DayCounting(DayCountingRules.DEFAULTS);
            LocalDate from = LocalDate.parse("2026-10-01");
            LocalDate to = LocalDate.parse("2026-10-10");
            List<DiaryDay> eight = new ArrayList<>(checkIns("2026-10-01", 6, DayStatus.HEADACHE_FREE));
            eight.addAll(checkIns("2026-10-07", 2, DayStatus.HEADACHE));

            DiaryFigures atThreshold = counting.figures(counting.days(from, to, BERLIN, eight, List.of(), NOW, false),
                    from, to);
            DiaryFigures below = counting.figures(counting.days(from, to, BERLIN, eight.subList(1, 8), List.of(), NOW,
                    false), from, to);

            assertThat(atThreshold.recordedDays()).isEqualTo(8);
            assertThat(atThreshold.sufficient()).as("8 of 10 days is 80 %").isTrue();
            assertThat(atThreshold.headacheDaysPer28()).isEqualByComparingTo("7.0");
            assertThat(below.recordedDays()).isEqualTo(7);
            assertThat(below.sufficient()).isFalse();
            assertThat(below.headacheDaysPer28()).isNull();
            assertThat(below.headacheDays()).as("the counts stay, only the rate is withheld").isEqualTo(2);
        }

        @Test
        void theThresholdIsConfigurable() {
            DayCounting lenient = new DayCounting(rules(30, TriptanRule.ANY_USE, 0.5, true));
            LocalDate from = LocalDate.parse("2026-10-01");
            LocalDate to = LocalDate.parse("2026-10-28");

            DiaryFigures figures = lenient.figures(lenient.days(from, to, BERLIN,
                    checkIns("2026-10-01", 14, DayStatus.HEADACHE), List.of(), NOW, false), from, to);

            assertThat(figures.sufficient()).isTrue();
            assertThat(figures.headacheDaysPer28()).as("14 headache days in 14 recorded, prorated")
                    .isEqualByComparingTo("28.0");
        }

        @Test
        void ratesAreProratedToTheRecordedDays() {
            DayCounting counting = new DayCounting(DayCountingRules.DEFAULTS);
            LocalDate from = LocalDate.parse("2026-10-01");
            LocalDate to = LocalDate.parse("2026-10-28");
            List<DiaryDay> recorded = checkIns("2026-10-01", 24, DayStatus.HEADACHE_FREE).stream()
                    .filter(d -> d.day().getDayOfMonth() % 6 != 0).toList();
            List<AttackEntry> attacks = List.of(
                    attack().from("2026-10-06T09:00").to("2026-10-06T20:00").migraineFeatures().build(),
                    attack().from("2026-10-12T09:00").to("2026-10-12T20:00").migraineFeatures().build(),
                    attack().from("2026-10-18T09:00").to("2026-10-18T20:00").intensity(Intensity.MILD).build());

            DiaryFigures figures = counting.figures(counting.days(from, to, BERLIN, recorded, attacks, NOW, false),
                    from, to);

            assertThat(figures.recordedDays()).isEqualTo(23);
            assertThat(figures.migraineDays()).isEqualTo(2);
            assertThat(figures.headacheDays()).isEqualTo(3);
            assertThat(figures.migraineDaysPer28()).isEqualByComparingTo(new BigDecimal("2.4"));
            assertThat(figures.headacheDaysPer28()).isEqualByComparingTo(new BigDecimal("3.7"));
        }
    }

    @Nested
    class MigraineDays {

        @Test
        void anAttackWithTwoPainFeaturesAndNauseaIsAMigraineDay() {
            var days = days("2026-11-02", "2026-11-02", attack().from("2026-11-02T08:00").to("2026-11-02T10:00")
                    .side(Side.RIGHT).quality(PainQuality.PULSATING).nausea(Nausea.MILD).build());

            assertThat(day(days, "2026-11-02").migraine()).isTrue();
            assertThat(day(days, "2026-11-02").headache()).isTrue();
        }

        @Test
        void sideSwitchingCountsAsUnilateral() {
            var days = days("2026-11-02", "2026-11-02", attack().from("2026-11-02T08:00").to("2026-11-02T10:00")
                    .side(Side.SWITCHING).intensity(Intensity.MODERATE).vomiting(true).build());

            assertThat(day(days, "2026-11-02").migraine()).isTrue();
        }

        @Test
        void photophobiaWithoutPhonophobiaIsNotEnough() {
            var days = days("2026-11-02", "2026-11-02", attack().from("2026-11-02T08:00").to("2026-11-02T12:00")
                    .side(Side.LEFT).quality(PainQuality.PULSATING).light(true, false).nausea(Nausea.NONE).build());

            assertThat(day(days, "2026-11-02").migraine()).isFalse();
            assertThat(day(days, "2026-11-02").headache()).isTrue();
        }

        @Test
        void onePainFeatureIsNotEnough() {
            var days = days("2026-11-02", "2026-11-02", attack().from("2026-11-02T08:00").to("2026-11-02T12:00")
                    .side(Side.BOTH).quality(PainQuality.PRESSING).intensity(Intensity.SEVERE).nausea(Nausea.SEVERE)
                    .build());

            assertThat(day(days, "2026-11-02").migraine()).isFalse();
        }

        @Test
        void theMinimumDurationDecidesBetweenTheThirtyMinuteAndTheFourHourVariant() {
            AttackEntry threeHours = attack().from("2026-11-02T08:00").to("2026-11-02T11:00").migraineFeatures()
                    .build();

            var thirtyMinutes = days(rules(30, TriptanRule.ANY_USE, 0.8, false), BERLIN, "2026-11-02", "2026-11-02",
                    List.of(), false, threeHours);
            var fourHours = days(rules(240, TriptanRule.ANY_USE, 0.8, false), BERLIN, "2026-11-02", "2026-11-02",
                    List.of(), false, threeHours);

            assertThat(day(thirtyMinutes, "2026-11-02").migraine()).isTrue();
            assertThat(day(fourHours, "2026-11-02").migraine()).isFalse();
            assertThat(day(fourHours, "2026-11-02").headache()).isTrue();
        }

        @Test
        void aHeadacheShorterThanThirtyMinutesIsNeitherButTheDayIsRecorded() {
            var days = days("2026-11-02", "2026-11-02",
                    attack().from("2026-11-02T08:00").to("2026-11-02T08:20").migraineFeatures().build());

            assertThat(day(days, "2026-11-02").recorded()).isTrue();
            assertThat(day(days, "2026-11-02").headache()).isFalse();
            assertThat(day(days, "2026-11-02").migraine()).isFalse();
        }

        @Test
        void anAuraOfFiveToSixtyMinutesMakesAMigraineDayAndSoAHeadacheDay() {
            AttackEntry shortWithAura = attack().from("2026-11-02T08:00").to("2026-11-02T08:15")
                    .aura(AuraType.VISUAL, 20).build();
            AttackEntry longAura = attack().from("2026-11-04T08:00").to("2026-11-04T08:15")
                    .aura(AuraType.VISUAL, 70).build();
            AttackEntry briefAura = attack().from("2026-11-05T08:00").to("2026-11-05T08:15")
                    .aura(AuraType.SENSORY, 4).build();

            var days = days("2026-11-01", "2026-11-05", shortWithAura, longAura, briefAura);

            assertThat(day(days, "2026-11-02").migraine()).isTrue();
            assertThat(day(days, "2026-11-02").headache()).as("every migraine day is a headache day").isTrue();
            assertThat(day(days, "2026-11-04").migraine()).isFalse();
            assertThat(day(days, "2026-11-05").migraine()).isFalse();
        }

        @Test
        void anyTriptanUseMakesTheDayItWasTakenAMigraineDay() {
            AttackEntry acrossMidnight = attack().from("2026-11-02T21:00").to("2026-11-03T09:00")
                    .intensity(Intensity.MODERATE).medicine(DrugClass.TRIPTAN, "2026-11-03T01:00", MedicineEffect.NONE)
                    .build();

            var days = days("2026-11-02", "2026-11-03", acrossMidnight);

            assertThat(day(days, "2026-11-02").migraine()).as("no features, no triptan that day").isFalse();
            assertThat(day(days, "2026-11-02").headache()).isTrue();
            assertThat(day(days, "2026-11-03").migraine()).isTrue();
        }

        @Test
        void underTheSuccessfulOnlyRuleOnlyAPainFreeTriptanCounts() {
            DayCountingRules successfulOnly = rules(30, TriptanRule.SUCCESSFUL_ONLY, 0.8, false);
            AttackEntry failed = attack().from("2026-11-02T08:00").to("2026-11-02T12:00")
                    .medicine(DrugClass.TRIPTAN, "2026-11-02T08:30", MedicineEffect.PARTIAL).build();
            AttackEntry relieved = attack().from("2026-11-03T08:00").to("2026-11-03T10:00")
                    .medicine(DrugClass.TRIPTAN, "2026-11-03T08:30", MedicineEffect.PAIN_FREE).build();

            var days = days(successfulOnly, BERLIN, "2026-11-02", "2026-11-03", List.of(), false, failed, relieved);

            assertThat(day(days, "2026-11-02").migraine()).isFalse();
            assertThat(day(days, "2026-11-03").migraine()).isTrue();
        }

        @Test
        void anErgotIsMigraineSpecificAndAnAnalgesicIsNot() {
            var days = days("2026-11-02", "2026-11-03",
                    attack().from("2026-11-02T08:00").to("2026-11-02T12:00")
                            .medicine(DrugClass.ERGOT, "2026-11-02T09:00", null).build(),
                    attack().from("2026-11-03T08:00").to("2026-11-03T12:00")
                            .medicine(DrugClass.NON_OPIOID_ANALGESIC, "2026-11-03T09:00", MedicineEffect.PAIN_FREE)
                            .build());

            assertThat(day(days, "2026-11-02").migraine()).isTrue();
            assertThat(day(days, "2026-11-03").migraine()).isFalse();
            assertThat(day(days, "2026-11-03").headache()).isTrue();
        }

        @Test
        void aProbableMigraineCountsInAClientWhoRecognisesMigraine() {
            // Unilateral and pulsating, but neither nausea nor light and sound sensitivity: misses ICHD-3 1.1 D only.
            AttackEntry missesD = attack().from("2026-11-02T08:00").to("2026-11-02T14:00").side(Side.LEFT)
                    .quality(PainQuality.PULSATING).intensity(Intensity.MODERATE).nausea(Nausea.NONE)
                    .light(true, false).build();

            var migraineur = days(DayCountingRules.DEFAULTS, BERLIN, "2026-11-02", "2026-11-02", List.of(), true,
                    missesD);
            var notKnown = days(DayCountingRules.DEFAULTS, BERLIN, "2026-11-02", "2026-11-02", List.of(), false,
                    missesD);
            var ruleOff = days(rules(30, TriptanRule.ANY_USE, 0.8, false), BERLIN, "2026-11-02", "2026-11-02",
                    List.of(), true, missesD);

            assertThat(day(migraineur, "2026-11-02").migraine()).isTrue();
            assertThat(day(notKnown, "2026-11-02").migraine()).isFalse();
            assertThat(day(ruleOff, "2026-11-02").migraine()).isFalse();
        }

        @Test
        void aProbableMigraineThatMeetsTensionTypeCountsAsTensionType() {
            // Bilateral, pressing, moderate but worse with activity: migraine C met (moderate + activity), D missed;
            // tension-type C met (bilateral, pressing, moderate) with no nausea: ICHD-3 1.6 — definite beats probable.
            AttackEntry tensionLike = attack().from("2026-11-02T08:00").to("2026-11-02T14:00").side(Side.BOTH)
                    .quality(PainQuality.PRESSING).intensity(Intensity.MODERATE).worseWithActivity(true)
                    .nausea(Nausea.NONE).vomiting(false).light(false, false).build();

            var days = days(DayCountingRules.DEFAULTS, BERLIN, "2026-11-02", "2026-11-02", List.of(), true,
                    tensionLike);

            assertThat(day(days, "2026-11-02").migraine()).isFalse();
            assertThat(day(days, "2026-11-02").headache()).isTrue();
        }

        @Test
        void aProbableMigraineMissingTwoCriteriaIsNotCounted() {
            AttackEntry threeTap = attack().from("2026-11-02T08:00").to("2026-11-02T14:00")
                    .intensity(Intensity.SEVERE).build();

            var days = days(DayCountingRules.DEFAULTS, BERLIN, "2026-11-02", "2026-11-02", List.of(), true, threeTap);

            assertThat(day(days, "2026-11-02").migraine()).as("details not given are never guessed").isFalse();
            assertThat(day(days, "2026-11-02").headache()).isTrue();
        }
    }

    @Nested
    class HeadacheAndMedicationDays {

        @Test
        void aHeadacheCheckInIsAHeadacheDayButNotAMigraineDay() {
            var days = days(DayCountingRules.DEFAULTS, BERLIN, "2026-11-02", "2026-11-03",
                    List.of(checkIn("2026-11-02", DayStatus.HEADACHE), checkIn("2026-11-03", DayStatus.HEADACHE_FREE)),
                    false);

            assertThat(day(days, "2026-11-02").headache()).isTrue();
            assertThat(day(days, "2026-11-02").migraine()).isFalse();
            assertThat(day(days, "2026-11-03").recorded()).isTrue();
            assertThat(day(days, "2026-11-03").headache()).isFalse();
        }

        @Test
        void anAcuteMedicineMakesAHeadacheDayEvenForAShortHeadache() {
            var days = days("2026-11-02", "2026-11-02", attack().from("2026-11-02T08:00").to("2026-11-02T08:20")
                    .medicine(DrugClass.NON_OPIOID_ANALGESIC, "2026-11-02T08:05", MedicineEffect.PAIN_FREE).build());

            assertThat(day(days, "2026-11-02").headache()).isTrue();
            assertThat(day(days, "2026-11-02").acuteMedication()).isTrue();
        }

        @Test
        void medicationDaysAreCountedPerClassByDaysNotDoses() {
            DayCounting counting = new DayCounting(DayCountingRules.DEFAULTS);
            LocalDate from = LocalDate.parse("2026-11-01");
            LocalDate to = LocalDate.parse("2026-11-03");
            List<AttackEntry> attacks = List.of(
                    attack().from("2026-11-01T08:00").to("2026-11-01T20:00").migraineFeatures()
                            .medicine(DrugClass.TRIPTAN, "2026-11-01T08:30", MedicineEffect.PARTIAL)
                            .medicine(DrugClass.NON_OPIOID_ANALGESIC, "2026-11-01T12:00", MedicineEffect.PARTIAL)
                            .build(),
                    attack().from("2026-11-02T08:00").to("2026-11-02T20:00")
                            .medicine(DrugClass.NON_OPIOID_ANALGESIC, "2026-11-02T08:30", null)
                            .medicine(DrugClass.NON_OPIOID_ANALGESIC, "2026-11-02T14:30", null).build(),
                    attack().from("2026-11-03T08:00").to("2026-11-03T09:00")
                            .medicine(DrugClass.COMBINATION_ANALGESIC, null, null).build());

            DiaryFigures figures = counting.figures(counting.days(from, to, BERLIN, List.of(), attacks, NOW, false),
                    from, to);

            assertThat(figures.acuteMedicationDays()).isEqualTo(3);
            assertThat(figures.acuteMedicationDaysByClass()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    DrugClass.TRIPTAN, 1, DrugClass.NON_OPIOID_ANALGESIC, 2, DrugClass.COMBINATION_ANALGESIC, 1));
            assertThat(figures.migraineDays()).isEqualTo(1);
            assertThat(figures.headacheDays()).isEqualTo(3);
        }

        @Test
        void aMedicineWithoutATimeCountsOnTheAttacksFirstDay() {
            var days = days("2026-11-02", "2026-11-03", attack().from("2026-11-02T23:00").to("2026-11-03T06:00")
                    .medicine(DrugClass.OPIOID, null, null).build());

            assertThat(day(days, "2026-11-02").medicines()).containsExactly(DrugClass.OPIOID);
            assertThat(day(days, "2026-11-03").medicines()).isEmpty();
        }

        @Test
        void theScoreMapsOntoTheBandsWhenNoCategoryIsGiven() {
            DayCounting counting = new DayCounting(DayCountingRules.DEFAULTS);
            assertThat(counting.intensity(AttackEntry.quick(NOW, 0, null))).isEqualTo(Intensity.NONE);
            assertThat(counting.intensity(AttackEntry.quick(NOW, 3, null))).isEqualTo(Intensity.MILD);
            assertThat(counting.intensity(AttackEntry.quick(NOW, 4, null))).isEqualTo(Intensity.MODERATE);
            assertThat(counting.intensity(AttackEntry.quick(NOW, 7, null))).isEqualTo(Intensity.SEVERE);
            assertThat(counting.intensity(AttackEntry.quick(NOW, 9, Intensity.MODERATE)))
                    .as("the client's category wins").isEqualTo(Intensity.MODERATE);
        }
    }
}
