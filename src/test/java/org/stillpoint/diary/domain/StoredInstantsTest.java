package org.stillpoint.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.DrugClass;
import org.stillpoint.diary.MedicineEffect;
import org.stillpoint.diary.MedicineTaken;

class StoredInstantsTest {

    private static Instant parse(String text) {
        return StoredInstants.parse(text.toCharArray(), 0, text.length());
    }

    @Nested
    class TheStoredForm {

        @Test
        void readsEveryInstantAsTheGeneralParserDoes() {
            Random random = new Random(7);
            for (int i = 0; i < 20_000; i++) {
                Instant instant = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 8_000_000_000L),
                        switch (i % 4) {
                            case 0 -> 0;
                            case 1 -> random.nextInt(1000) * 1_000_000;
                            case 2 -> random.nextInt(1_000_000) * 1_000;
                            default -> random.nextInt(1_000_000_000);
                        });
                assertThat(parse(instant.toString())).as(instant.toString()).isEqualTo(instant);
            }
        }

        @Test
        void readsAFractionOfAnyLength() {
            assertThat(parse("2026-02-03T07:00:00.5Z")).isEqualTo(Instant.parse("2026-02-03T07:00:00.5Z"));
            assertThat(parse("2024-02-29T23:59:59.12345Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.12345Z"));
        }

        @Test
        void leavesEveryOtherTextToTheGeneralParser() {
            assertThat(List.of("2026-02-03T08:00:00+01:00", "2026-02-30T07:00:00Z", "2026-13-03T07:00:00Z",
                    "2026-02-03T24:00:00Z", "2026-02-03T07:60:00Z", "2026-02-03T07:00:60Z", "2026-02-03 07:00:00Z",
                    "2026-02-03T07:00:00.Z", "2026-02-03T07:00:00.1234567890Z", "2026-02-03T07:00Z",
                    "+12026-02-03T07:00:00Z", "2026-0a-03T07:00:00Z", "2026-02-03T07:00:00,5Z", ""))
                    .allSatisfy(text -> assertThat(parse(text)).as(text).isNull());
        }
    }

    @Nested
    class TheStoredAttack {

        @Test
        void readsBackWhatItWrote() {
            Instant start = Instant.parse("2026-03-29T00:30:00Z");
            AttackEntry entry = new AttackEntry(start, start.plusSeconds(7 * 3600 + 1).plusNanos(250_000_000),
                    false, 7, null, null, List.of(), null, null, null, null, null, null, List.of(),
                    List.of(new MedicineTaken("sumatriptan 50 mg", DrugClass.TRIPTAN, start.plusMillis(3_600_123),
                            MedicineEffect.PARTIAL)), List.of(), List.of(), List.of(), List.of(), null);

            assertThat(AttackJson.read(AttackJson.write(entry))).isEqualTo(entry);
        }

        @Test
        void readsInstantsWrittenWithAnOffsetOrAsNumbers() {
            AttackEntry entry = AttackJson.read("""
                    {"start":"2026-02-03T08:00:00+01:00","end":1770112800,"peakPain":5}""");

            assertThat(entry.start()).isEqualTo(OffsetDateTime.parse("2026-02-03T08:00:00+01:00").toInstant());
            assertThat(entry.end()).isEqualTo(Instant.ofEpochSecond(1770112800));
        }
    }
}
