package org.stillpoint.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FeedTokenTest {

    @Test
    void aTokenCarries256RandomBitsInUrlSafeCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = FeedToken.generate();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(FeedToken.wellFormed(token)).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(100);
    }

    @Test
    void onlyTheHashIsKeptAndItIsTheSameForTheSameToken() {
        String token = FeedToken.generate();

        assertThat(FeedToken.hash(token)).hasSize(64).matches("[0-9a-f]+").isEqualTo(FeedToken.hash(token))
                .isNotEqualTo(FeedToken.hash(FeedToken.generate())).doesNotContain(token);
    }

    @Test
    void textThatCannotBeATokenIsNotLookedUp() {
        assertThat(FeedToken.wellFormed(null)).isFalse();
        assertThat(FeedToken.wellFormed("short")).isFalse();
        assertThat(FeedToken.wellFormed("a".repeat(42) + "/")).isFalse();
    }
}
