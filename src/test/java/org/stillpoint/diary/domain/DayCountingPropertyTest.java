package org.stillpoint.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NavigableMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.AuraSymptom;
import org.stillpoint.diary.AuraType;
import org.stillpoint.diary.DayFacts;
import org.stillpoint.diary.DayStatus;
import org.stillpoint.diary.DiaryDay;
import org.stillpoint.diary.DiaryFigures;
import org.stillpoint.diary.DrugClass;
import org.stillpoint.diary.Intensity;
import org.stillpoint.diary.MedicineEffect;
import org.stillpoint.diary.MedicineTaken;
import org.stillpoint.diary.Nausea;
import org.stillpoint.diary.PainQuality;
import org.stillpoint.diary.Side;

/**
 * What must hold for any diary (clinical-reference §2.1): a migraine day is a headache day and a headache day is
 * recorded; a checked-in day is recorded; a gap is never a headache day; the per-28 figures exist exactly when the
 * coverage is sufficient; and counting a window in two halves gives the same counts as counting it whole.
 */
class DayCountingPropertyTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate FROM = LocalDate.parse("2026-03-01");
    static final LocalDate TO = LocalDate.parse("2026-04-29");
    static final Instant NOW = Instant.parse("2026-05-10T12:00:00Z");

    final DayCounting counting = new DayCounting(DayCountingRules.DEFAULTS);

    @Property(tries = 300)
    void daysAreConsistentWhateverTheDiary(@ForAll("checkIns") List<DiaryDay> checkIns,
                                           @ForAll("attacks") List<AttackEntry> attacks,
                                           @ForAll boolean recognisesMigraine) {
        NavigableMap<LocalDate, DayFacts> days = counting.days(FROM, TO, ZONE, checkIns, attacks, NOW,
                recognisesMigraine);

        assertThat(days).hasSize(60);
        for (DayFacts day : days.values()) {
            if (day.migraine()) {
                assertThat(day.headache()).as("%s: a migraine day is a headache day", day.day()).isTrue();
            }
            if (day.headache() || day.acuteMedication()) {
                assertThat(day.recorded()).as("%s: counted only when recorded", day.day()).isTrue();
            }
        }
        for (DiaryDay checkIn : checkIns) {
            assertThat(days.get(checkIn.day()).recorded()).isTrue();
            if (checkIn.status() == DayStatus.HEADACHE) {
                assertThat(days.get(checkIn.day()).headache()).isTrue();
            }
        }
    }

    @Property(tries = 300)
    void figuresAddUpAndRatesNeedCoverage(@ForAll("checkIns") List<DiaryDay> checkIns,
                                          @ForAll("attacks") List<AttackEntry> attacks) {
        NavigableMap<LocalDate, DayFacts> days = counting.days(FROM, TO, ZONE, checkIns, attacks, NOW, true);
        LocalDate middle = FROM.plusDays(29);

        DiaryFigures whole = counting.figures(days, FROM, TO);
        DiaryFigures first = counting.figures(days, FROM, middle);
        DiaryFigures second = counting.figures(days, middle.plusDays(1), TO);

        assertThat(whole.days()).isEqualTo(first.days() + second.days());
        assertThat(whole.recordedDays()).isEqualTo(first.recordedDays() + second.recordedDays());
        assertThat(whole.headacheDays()).isEqualTo(first.headacheDays() + second.headacheDays());
        assertThat(whole.migraineDays()).isEqualTo(first.migraineDays() + second.migraineDays());
        assertThat(whole.acuteMedicationDays()).isEqualTo(first.acuteMedicationDays() + second.acuteMedicationDays());
        assertThat(whole.migraineDays()).isLessThanOrEqualTo(whole.headacheDays());
        assertThat(whole.headacheDays()).isLessThanOrEqualTo(whole.recordedDays());
        whole.acuteMedicationDaysByClass().values().forEach(n ->
                assertThat(n).isLessThanOrEqualTo(whole.acuteMedicationDays()));
        boolean enough = whole.recordedDays() >= 0.8 * whole.days() - 1e-9 && whole.recordedDays() > 0;
        assertThat(whole.sufficient()).isEqualTo(enough);
        assertThat(whole.migraineDaysPer28() != null).isEqualTo(enough);
        assertThat(whole.headacheDaysPer28() != null).isEqualTo(enough);
    }

    @Provide
    Arbitrary<List<DiaryDay>> checkIns() {
        return Arbitraries.integers().between(0, 59).set().ofMaxSize(60)
                .flatMap(offsets -> Arbitraries.of(DayStatus.class).list().ofSize(offsets.size())
                        .map(statuses -> {
                            List<Integer> sorted = offsets.stream().sorted().toList();
                            return java.util.stream.IntStream.range(0, sorted.size())
                                    .mapToObj(i -> new DiaryDay(FROM.plusDays(sorted.get(i)), statuses.get(i), null,
                                            null, NOW))
                                    .toList();
                        }));
    }

    @Provide
    Arbitrary<List<AttackEntry>> attacks() {
        Arbitrary<Instant> start = Arbitraries.longs().between(-3 * 24 * 60, 62L * 24 * 60)
                .map(minutes -> FROM.atStartOfDay(ZONE).toInstant().plus(Duration.ofMinutes(minutes)));
        Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 80 * 60);
        Arbitrary<MedicineTaken> medicine = Combinators.combine(Arbitraries.of(DrugClass.class),
                Arbitraries.of(MedicineEffect.class).injectNull(0.3), Arbitraries.integers().between(-300, 600))
                .as((drugClass, effect, offset) -> new MedicineTaken("x", drugClass, null, effect));
        Arbitrary<AttackEntry> attack = Combinators.combine(start, minutes.injectNull(0.1),
                        Arbitraries.of(Intensity.class), Arbitraries.of(Side.class).injectNull(0.3),
                        Arbitraries.of(PainQuality.class).injectNull(0.3), Arbitraries.of(Nausea.class).injectNull(0.3),
                        Arbitraries.of(true, false).injectNull(0.3), Arbitraries.integers().between(0, 90).injectNull(0.7))
                .as((s, length, intensity, side, quality, nausea, light, auraMinutes) -> new AttackEntry(s,
                        length == null ? null : s.plus(Duration.ofMinutes(Math.max(length, 1))), false, null,
                        intensity, side, List.of(), quality, light, nausea, light, light, light,
                        auraMinutes == null ? List.of() : List.of(new AuraSymptom(AuraType.VISUAL, true, auraMinutes,
                                null)),
                        List.of(), List.of(), List.of(), List.of(), List.of(), null));
        return Combinators.combine(attack, medicine.list().ofMaxSize(2), Arbitraries.integers().between(-300, 900))
                .as((a, meds, offset) -> new AttackEntry(a.start(), a.end(), a.fellAsleep(), a.peakPain(),
                        a.intensity(), a.side(), a.areas(), a.quality(), a.worseWithActivity(), a.nausea(),
                        a.vomiting(), a.photophobia(), a.phonophobia(), a.aura(),
                        meds.stream().map(m -> new MedicineTaken(m.product(), m.drugClass(),
                                offset % 3 == 0 ? null : a.start().plus(Duration.ofMinutes(offset)), m.effect()))
                                .toList(),
                        List.of(), List.of(), List.of(), List.of(), null))
                .list().ofMaxSize(25);
    }
}
