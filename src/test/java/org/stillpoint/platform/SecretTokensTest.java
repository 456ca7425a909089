package org.stillpoint.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void aTokenCarries256RandomBitsInUrlSafeCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = SecretTokens.generate();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(SecretTokens.wellFormed(token)).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(100);
    }

    @Test
    void onlyTheHashIsKeptAndItIsTheSameForTheSameToken() {
        String token = SecretTokens.generate();

        assertThat(SecretTokens.hash(token)).hasSize(64).matches("[0-9a-f]+").isEqualTo(SecretTokens.hash(token))
                .isNotEqualTo(SecretTokens.hash(SecretTokens.generate())).doesNotContain(token);
    }

    @Test
    void textThatCannotBeATokenIsNotLookedUp() {
        assertThat(SecretTokens.wellFormed(null)).isFalse();
        assertThat(SecretTokens.wellFormed("short")).isFalse();
        assertThat(SecretTokens.wellFormed("a".repeat(42) + "/")).isFalse();
    }
}
