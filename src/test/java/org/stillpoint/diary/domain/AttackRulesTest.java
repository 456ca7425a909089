package org.stillpoint.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.Intensity;
import org.stillpoint.diary.MedicineTaken;
import org.stillpoint.platform.InvalidInput;

/** What an attack entry must be to be kept, every wrong field named at once. */
class AttackRulesTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final Set<String> AREAS = Set.of("SUBOCCIPITALS", "NECK");
    static final Set<String> TRIGGERS = Set.of("STRESS", "POOR_SLEEP");

    static AttackEntry entry(Instant start, Instant end, Integer pain, List<String> areas, List<String> triggers,
                             List<String> own, List<MedicineTaken> medicines, Boolean fellAsleep) {
        return new AttackEntry(start, end, fellAsleep, pain, null, null, areas, null, null, null, null, null, null,
                null, medicines, triggers, own, null, null, null);
    }

    static List<String> fields(AttackEntry entry) {
        try {
            AttackRules.check(entry, NOW, AREAS, TRIGGERS);
            return List.of();
        } catch (InvalidInput refused) {
            return refused.fields().stream().map(InvalidInput.FieldMessage::field).toList();
        }
    }

    @Test
    void aQuickEntryNeedsOnlyAStartAndThePain() {
        AttackEntry kept = AttackRules.check(AttackEntry.quick(NOW.minusSeconds(60), null, Intensity.SEVERE), NOW,
                AREAS, TRIGGERS);

        assertThat(kept.intensity()).isEqualTo(Intensity.SEVERE);
        assertThat(AttackRules.missing(kept)).contains("end", "side", "quality", "nausea");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        Instant start = NOW.minus(Duration.ofHours(5));
        assertThat(fields(entry(start, start.minusSeconds(1), 11, List.of("ELBOW"), List.of("FULL_MOON"),
                List.of("x".repeat(61)), List.of(new MedicineTaken("unknown pill", null, NOW.plusSeconds(3600), null)),
                null)))
                .containsExactlyInAnyOrder("end", "peakPain", "areas[0]", "triggers[0]", "ownTriggers[0]",
                        "medicines[0].drugClass", "medicines[0].takenAt");
    }

    @Test
    void theTimesMustMakeSense() {
        assertThat(fields(entry(null, null, 5, null, null, null, null, null))).containsExactly("start");
        assertThat(fields(entry(NOW.plus(Duration.ofHours(1)), null, 5, null, null, null, null, null)))
                .containsExactly("start");
        assertThat(fields(entry(NOW.minus(Duration.ofDays(20)), NOW.minus(Duration.ofDays(1)), 5, null, null, null,
                null, null))).as("longer than the diary keeps one attack").containsExactly("end");
        assertThat(fields(entry(NOW.minus(Duration.ofHours(3)), null, 5, null, null, null, null, true)))
                .as("woke without it, but no waking time").containsExactly("end");
        assertThat(fields(entry(NOW.minus(Duration.ofHours(3)), null, null, null, null, null, null, null)))
                .containsExactly("peakPain");
        Instant start = NOW.minus(Duration.ofHours(10));
        assertThat(fields(entry(start, start.plus(Duration.ofHours(2)), 5, null, null, null, List.of(
                new MedicineTaken("ibuprofen", null, start.minus(Duration.ofHours(7)), null),
                new MedicineTaken("ibuprofen", null, start.plus(Duration.ofHours(3)), null)), null)))
                .containsExactly("medicines[0].takenAt", "medicines[1].takenAt");
    }

    @Test
    void repeatsAndBlanksAreDroppedAndTextsStripped() {
        AttackEntry kept = AttackRules.check(entry(NOW.minusSeconds(3600), null, 4, List.of("NECK", "NECK"),
                List.of("STRESS", "STRESS"), Arrays.asList(" weather change ", " ", null), null, null), NOW, AREAS,
                TRIGGERS);

        assertThat(kept.areas()).containsExactly("NECK");
        assertThat(kept.triggers()).containsExactly("STRESS");
        assertThat(kept.ownTriggers()).containsExactly("weather change");
    }
}
