package org.stillpoint.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScreeningResultTest {

    @Test
    void hasTierNoneWithoutFlags() {
        ScreeningResult result = ScreeningResult.of(List.of(), "v1");
        assertThat(result.tier()).isEqualTo(ScreeningTier.NONE);
        assertThat(result.blocksTreatment()).isFalse();
    }

    @Test
    void keepsEachFlagOnceInSnnoop10Order() {
        ScreeningResult result = ScreeningResult.of(List.of(RedFlag.MEDICATION_OVERUSE_PATTERN, RedFlag.SUDDEN_ONSET,
                RedFlag.MEDICATION_OVERUSE_PATTERN), "v1");
        assertThat(result.flags()).containsExactly(RedFlag.SUDDEN_ONSET, RedFlag.MEDICATION_OVERUSE_PATTERN);
        assertThat(result.tier()).isEqualTo(ScreeningTier.EMERGENCY);
        assertThat(result.blocksTreatment()).isTrue();
    }

    @Test
    void refusesATierOtherThanTheHighestOfItsFlags() {
        assertThatThrownBy(() -> new ScreeningResult(ScreeningTier.ROUTINE, List.of(RedFlag.POSITIONAL), "v1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScreeningResult(ScreeningTier.URGENT, List.of(), "v1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void everyFlagNamesItsItemTierAndReason(RedFlag flag) {
        assertThat(flag.itemNumber()).isBetween(1, 15);
        assertThat(flag.itemLetter()).isIn("S", "N", "O", "P");
        assertThat(flag.tier()).isNotEqualTo(ScreeningTier.NONE);
        assertThat(flag.reasonKey()).startsWith("intake.red-flag.");
    }

    @Test
    void numbersTheItemsOneToFifteenInAcronymOrder() {
        assertThat(Snnoop10Item.values()).extracting(Snnoop10Item::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(Snnoop10Item.values()).extracting(Snnoop10Item::letter)
                .containsExactly("S", "N", "N", "O", "O", "P", "P", "P", "P", "P", "P", "P", "P", "P", "P");
    }
}
