package org.stillpoint.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTheCurrencysDecimalPlaces() {
        assertThat(Money.of("85", "USD").amount().scale()).isEqualTo(2);
        assertThat(Money.of("1500", "JPY").amount().scale()).isZero();
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> new Money(new BigDecimal("-0.01"), Currency.getInstance("EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsWhenItIsFree() {
        assertThat(Money.of("0", "USD").isFree()).isTrue();
        assertThat(Money.of("0.01", "USD").isFree()).isFalse();
    }
}
