package org.stillpoint.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stillpoint.platform.RuleViolation;

class DisabilityScoresTest {

    @Nested
    class Midas {

        @ParameterizedTest(name = "score {0} -> grade {1}")
        @CsvSource({"0, I", "5, I", "6, II", "10, II", "11, III", "20, III", "21, IV", "460, IV"})
        void gradesAtThePublishedEdges(int score, MidasGrade grade) {
            assertThat(MidasGrade.of(score)).isEqualTo(grade);
            assertThat(MidasScore.of(score).grade()).isEqualTo(grade);
        }

        @Test
        void scoresTheSumOfItemsOneToFive() {
            MidasScore score = new MidasForm(1, 2, 3, 4, 5, 60, 7).score();
            assertThat(score.total()).isEqualTo(15);
            assertThat(score.grade()).isEqualTo(MidasGrade.III);
        }

        @Test
        void neverAddsItemsAOrB() {
            assertThat(new MidasForm(1, 1, 1, 1, 1, 92, 10).score()).isEqualTo(MidasScore.of(5));
            assertThat(new MidasForm(1, 1, 1, 1, 1, null, null).score()).isEqualTo(MidasScore.of(5));
        }

        @Test
        void refusesToScoreAPartialForm() {
            MidasForm partial = new MidasForm(3, null, 0, null, 2, 40, 6);
            assertThat(partial.complete()).isFalse();
            assertThat(partial.missingItems()).containsExactly("item2", "item4");
            assertThatThrownBy(partial::score).isInstanceOfSatisfying(IncompleteMidas.class, refused -> {
                assertThat(refused.missingItems()).containsExactly("item2", "item4");
                assertThat(refused.field()).isEqualTo("item2");
            });
        }

        @Test
        void savesAnEmptyForm() {
            assertThat(new MidasForm(null, null, null, null, null, null, null).missingItems()).hasSize(5);
        }

        @ParameterizedTest(name = "{0} days refused")
        @ValueSource(ints = {-1, 93})
        void refusesDayCountsOutsideThreeMonths(int days) {
            assertThatThrownBy(() -> new MidasForm(0, 0, days, 0, 0, 0, 0))
                    .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "item3");
            assertThatThrownBy(() -> new MidasForm(0, 0, 0, 0, 0, days, 0))
                    .hasFieldOrPropertyWithValue("field", "itemA");
        }

        @Test
        void acceptsNinetyTwoDaysInEveryItem() {
            assertThat(new MidasForm(92, 92, 92, 92, 92, 92, 10).score().total()).isEqualTo(460);
        }

        @ParameterizedTest(name = "pain {0} refused")
        @ValueSource(ints = {-1, 11})
        void refusesAveragePainOutsideZeroToTen(int pain) {
            assertThatThrownBy(() -> new MidasForm(0, 0, 0, 0, 0, 0, pain))
                    .hasFieldOrPropertyWithValue("field", "itemB");
        }

        @Test
        void refusesAGradeThatDoesNotMatchTheTotal() {
            assertThatThrownBy(() -> new MidasScore(6, MidasGrade.I)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new MidasScore(461, MidasGrade.IV)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void isDueAgainThreeMonthsLater() {
            assertThat(MidasScore.repeatDue(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 4, 30));
        }
    }

    @Nested
    class Hit6 {

        @ParameterizedTest(name = "total {0} -> {1}")
        @CsvSource({"36, LITTLE_OR_NONE", "49, LITTLE_OR_NONE", "50, SOME", "55, SOME", "56, SUBSTANTIAL",
                "59, SUBSTANTIAL", "60, SEVERE", "78, SEVERE"})
        void bandsTheTotalAtThePublishedEdges(int total, Hit6Impact impact) {
            assertThat(new Hit6Total(total).impact()).isEqualTo(impact);
        }

        @ParameterizedTest(name = "total {0} refused")
        @ValueSource(ints = {0, 35, 79, 100})
        void refusesATotalOutside36To78(int total) {
            assertThatThrownBy(() -> new Hit6Total(total)).isInstanceOfSatisfying(RuleViolation.class, refused -> {
                assertThat(refused.field()).isEqualTo("hit6Total");
                assertThat(refused.args()).containsExactly(36, 78);
            });
        }
    }
}
