package org.stillpoint.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.AuraSymptom;
import org.stillpoint.diary.AuraType;
import org.stillpoint.diary.DayStatus;
import org.stillpoint.diary.DiaryDay;
import org.stillpoint.diary.Disruption;
import org.stillpoint.diary.DrugClass;
import org.stillpoint.diary.MedicineEffect;
import org.stillpoint.diary.MedicineTaken;
import org.stillpoint.diary.Nausea;
import org.stillpoint.diary.PainQuality;
import org.stillpoint.diary.SelfCare;
import org.stillpoint.diary.Side;

/**
 * A heavy diary for the summary benchmark: a check-in on every day from {@code first} to yesterday and an attack on
 * about every third day, each with every detail a client can give (features, an aura now and then, one or two
 * medicines with their effect, triggers, areas, self-care, what it stopped, now and then a note), 1 to 30 hours
 * long, some across midnight, never overlapping. Three years hold about 1,100 check-ins and 400 attacks.
 */
public final class DiaryGenerator {

    /** The diary as generated: attacks by start, check-ins by day. */
    public record Entries(List<AttackEntry> attacks, List<DiaryDay> days) {
    }

    private DiaryGenerator() {
    }

    public static Entries generate(LocalDate first, LocalDate today, ZoneId zone, Instant now) {
        Random random = new Random(20261221L);
        List<AttackEntry> attacks = new ArrayList<>();
        List<DiaryDay> days = new ArrayList<>();
        Instant busyUntil = first.atStartOfDay(zone).toInstant();
        LocalDate lastAttackDay = first.minusDays(1);
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            ZonedDateTime start = day.atTime(5 + random.nextInt(16), 5 * random.nextInt(12)).atZone(zone);
            if (random.nextInt(100) < 37 && start.toInstant().isAfter(busyUntil.plus(Duration.ofHours(6)))) {
                int minutes = 60 + random.nextInt(29 * 60);
                Instant end = start.toInstant().plus(Duration.ofMinutes(minutes));
                if (end.isBefore(now)) {
                    attacks.add(attack(start, end, random));
                    busyUntil = end;
                    lastAttackDay = LocalDate.ofInstant(end.minusNanos(1), zone);
                }
            }
            boolean headache = !lastAttackDay.isBefore(day);
            Instant recorded = day.atTime(21, 0).atZone(zone).toInstant();
            days.add(new DiaryDay(day, headache ? DayStatus.HEADACHE : DayStatus.HEADACHE_FREE,
                    random.nextInt(6) == 0, random.nextInt(20) == 0 ? "Busy day, slept late." : null,
                    recorded.isBefore(now) ? recorded : now));
        }
        return new Entries(attacks, days);
    }

    private static AttackEntry attack(ZonedDateTime start, Instant end, Random random) {
        boolean migraine = random.nextInt(3) != 0;
        List<AuraSymptom> aura = migraine && random.nextInt(4) == 0
                ? List.of(new AuraSymptom(AuraType.VISUAL, true, 10 + random.nextInt(40), Side.LEFT)) : List.of();
        List<MedicineTaken> medicines = new ArrayList<>();
        medicines.add(new MedicineTaken(migraine ? "sumatriptan 50 mg" : "ibuprofen 400 mg",
                migraine ? DrugClass.TRIPTAN : DrugClass.NON_OPIOID_ANALGESIC,
                start.plusMinutes(10 + random.nextInt(40)).toInstant(),
                MedicineEffect.values()[random.nextInt(MedicineEffect.values().length)]));
        if (random.nextBoolean() && Duration.between(start.toInstant(), end).toHours() > 6) {
            medicines.add(new MedicineTaken("paracetamol 1 g", DrugClass.NON_OPIOID_ANALGESIC,
                    start.plusHours(4).toInstant(), MedicineEffect.PARTIAL));
        }
        return new AttackEntry(start.toInstant(), end, random.nextInt(5) == 0, 3 + random.nextInt(8), null,
                migraine ? Side.LEFT : Side.BOTH, List.of("SUBOCCIPITALS", "TEMPORALIS_LEFT", "NECK"),
                migraine ? PainQuality.PULSATING : PainQuality.PRESSING, migraine, migraine ? Nausea.MODERATE
                : Nausea.NONE, migraine && random.nextInt(8) == 0, migraine, migraine, aura, medicines,
                List.of("STRESS", "POOR_SLEEP"), random.nextInt(10) == 0 ? List.of("long drive") : List.of(),
                List.of(SelfCare.COLD_PACK, SelfCare.DARK_ROOM, SelfCare.SKULL_BASE_PRESSURE),
                migraine ? List.of(Disruption.WORK_OR_SCHOOL) : List.of(),
                random.nextInt(8) == 0 ? "Started after a long meeting; lay down in the dark." : null);
    }
}
