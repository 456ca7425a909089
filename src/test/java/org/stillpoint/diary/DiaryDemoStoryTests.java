package org.stillpoint.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.ClientSummary;
import org.stillpoint.diary.domain.DayCounting;
import org.stillpoint.diary.domain.DayCountingRules;
import org.stillpoint.intake.UsualHeadaches;

/**
 * The demo diaries are told relative to the day the demo is filled; they must hold their promises whatever that day
 * is: for the demo client about 8 migraine days per 28 before her weekly sessions and about 4 in the latest 28 days,
 * each window with enough days recorded, and for everyone no overlapping attacks and no headache-free check-in on a
 * day with an attack.
 */
class DiaryDemoStoryTests {

    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    private static final DayCounting COUNTING = new DayCounting(DayCountingRules.DEFAULTS);
    private static final Set<String> TRIGGERS = Set.of("STRESS", "POOR_SLEEP", "DEHYDRATION", "SKIPPED_MEAL",
            "FOODS", "ALCOHOL", "CAFFEINE", "WEATHER", "BRIGHT_LIGHT", "STRONG_SMELLS", "SCREENS",
            "MENSTRUAL_CYCLE", "NECK_TENSION", "JAW_CLENCHING", "EXERTION");
    private static final Set<String> AREAS = Set.of("SUBOCCIPITALS", "TEMPORALIS_LEFT", "TEMPORALIS_RIGHT",
            "TRAPEZIUS_LEFT", "TRAPEZIUS_RIGHT", "NECK", "SHOULDERS", "SCALP", "FACE", "JAW_LEFT", "JAW_RIGHT");

    /** The demo client's intake (IntakeDemoData, "Bennett"). */
    private static final UsualHeadaches CLAIRE = new UsualHeadaches(true, Set.of("MIGRAINE_WITH_AURA"), 4,
            "FROM_4_TO_72_HOURS", "LEFT", "PULSATING", List.of(new UsualHeadaches.Aura("VISUAL", true, 20)),
            List.of(new UsualHeadaches.AcuteMedicine("sumatriptan 50 mg", "TRIPTAN", 11)),
            Set.of("STRESS", "POOR_SLEEP", "BRIGHT_LIGHT", "SCREENS"), Set.of("SUBOCCIPITALS", "TEMPORALIS_LEFT",
            "NECK"));

    @Test
    void theDemoClientHasAbout8MigraineDaysPer28BeforeHerWeeklySessionsAndAbout4LatelyWhicheverDayTheDemoIsFilled() {
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (int d = 0; d < 366; d++) {
            for (LocalTime time : List.of(LocalTime.of(0, 20), LocalTime.of(10, 30), LocalTime.of(22, 45))) {
                LocalDate today = first.plusDays(d);
                Instant now = today.atTime(time).atZone(ZONE).toInstant();
                // AppointmentDemoData: the weekly sessions begin on the Tuesday nine weeks before the last one.
                LocalDate weekly = today.with(TemporalAdjusters.previous(DayOfWeek.TUESDAY)).minusWeeks(9);
                DiaryDemoData.Story story = story(client("client@demo.stillpoint.test", "Bennett"), CLAIRE, weekly,
                        today, now);

                NavigableMap<LocalDate, DayFacts> days = COUNTING.days(today.minusDays(DiaryDemoData.DAYS - 1L),
                        today, ZONE, story.days, story.attacks, now, true);
                DiaryFigures before = COUNTING.figures(days, weekly.minusDays(28), weekly.minusDays(1));
                DiaryFigures latest = COUNTING.figures(days, today.minusDays(27), today);

                String when = "filled at " + today + " " + time;
                assertThat(before.sufficient()).as(when).isTrue();
                assertThat(latest.sufficient()).as(when).isTrue();
                assertThat(before.migraineDaysPer28()).as(when).isBetween(new BigDecimal("6.5"),
                        new BigDecimal("9.5"));
                assertThat(latest.migraineDaysPer28()).as(when).isBetween(new BigDecimal("2.5"),
                        new BigDecimal("5.5"));
                assertWellFormed(story, now, when);
            }
        }
    }

    @Test
    void noClientsAttacksOverlapAndNoDayWithAnAttackIsCheckedInHeadacheFree() {
        List<UsualHeadaches> intakes = List.of(CLAIRE,
                usual(Set.of("TENSION_TYPE"), "FROM_30_MINUTES_TO_4_HOURS", "BOTH", "PRESSING", List.of(),
                        Set.of("STRESS")),
                usual(Set.of("MIGRAINE"), "FROM_4_TO_72_HOURS", "LEFT", "PULSATING", List.of(),
                        Set.of("MENSTRUAL_CYCLE", "SKIPPED_MEAL")),
                usual(Set.of("NECK_RELATED"), "FROM_30_MINUTES_TO_4_HOURS", "RIGHT", "PRESSING",
                        List.of(new UsualHeadaches.AcuteMedicine("paracetamol with codeine", "COMBINATION_ANALGESIC",
                                12)), Set.of()),
                usual(Set.of("MIGRAINE_WITH_AURA"), "FROM_4_TO_72_HOURS", "SWITCHING", "PULSATING", List.of(),
                        Set.of("WEATHER")));
        for (int d = 0; d < 120; d += 7) {
            LocalDate today = LocalDate.of(2026, 2, 20).plusDays(d);
            Instant now = today.atTime(13, 5).atZone(ZONE).toInstant();
            for (int i = 0; i < intakes.size(); i++) {
                ClientSummary client = client("someone" + i + "@example.com", i % 2 == 0 ? "Rao" : "Okoro");
                DiaryDemoData.Story story = story(client, intakes.get(i), i % 3 == 0 ? null : today.minusDays(50),
                        today, now);
                assertWellFormed(story, now, client.email() + " on " + today);
            }
        }
    }

    private static void assertWellFormed(DiaryDemoData.Story story, Instant now, String when) {
        List<AttackEntry> attacks = story.attacks;
        assertThat(attacks).as(when).isNotEmpty();
        for (int i = 0; i < attacks.size(); i++) {
            AttackEntry attack = attacks.get(i);
            assertThat(attack.end()).as(when).isNotNull().isAfter(attack.start()).isBefore(now);
            if (i > 0) {
                assertThat(attack.start()).as(when).isAfter(attacks.get(i - 1).end());
            }
        }
        List<LocalDate> attackDays = new ArrayList<>();
        attacks.forEach(a -> {
            for (LocalDate day = LocalDate.ofInstant(a.start(), ZONE);
                 !day.isAfter(LocalDate.ofInstant(a.end().minusNanos(1), ZONE)); day = day.plusDays(1)) {
                attackDays.add(day);
            }
        });
        assertThat(story.days).as(when).noneMatch(day -> day.status() == DayStatus.HEADACHE_FREE
                && attackDays.contains(day.day()));
        assertThat(story.days).as(when).allMatch(day -> day.recordedAt().isBefore(now));
        assertThat(story.recordedAt).as(when).allMatch(at -> at.isBefore(now));
    }

    private static DiaryDemoData.Story story(ClientSummary client, UsualHeadaches usual, LocalDate firstSession,
                                             LocalDate today, Instant now) {
        Random random = new Random(DiaryDemoData.SEED + client.email().hashCode());
        DiaryDemoData.Pattern pattern = DiaryDemoData.Pattern.of(client, usual, firstSession, TRIGGERS, AREAS,
                random);
        DiaryDemoData.Story story = new DiaryDemoData.Story(pattern, ZONE, today, now, random);
        story.tell();
        return story;
    }

    private static ClientSummary client(String email, String lastName) {
        return new ClientSummary(new ClientId(java.util.UUID.randomUUID()), null, "Demo", lastName, email,
                LocalDate.of(1988, 3, 4), true);
    }

    private static UsualHeadaches usual(Set<String> kinds, String duration, String side, String quality,
                                        List<UsualHeadaches.AcuteMedicine> medicines, Set<String> triggers) {
        return new UsualHeadaches(true, kinds, 6, duration, side, quality,
                kinds.contains("MIGRAINE_WITH_AURA") ? List.of(new UsualHeadaches.Aura("SENSORY", true, 75))
                        : List.of(), medicines, triggers, Set.of("NECK"));
    }
}
