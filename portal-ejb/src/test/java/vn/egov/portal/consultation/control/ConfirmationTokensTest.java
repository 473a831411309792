package vn.egov.portal.consultation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfirmationTokensTest {

    @Test
    void aTokenIsRandomAndOnlyItsDigestIsKept() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            tokens.add(ConfirmationTokens.newToken());
        }
        assertThat(tokens).hasSize(100);
        String token = tokens.iterator().next();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(ConfirmationTokens.digestOf(token))
                .hasValueSatisfying(digest -> assertThat(digest).hasSize(64).doesNotContain(token))
                .isEqualTo(ConfirmationTokens.digestOf(token));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {"abc", "nguoi@example.vn", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'", "../../etc/passwd"})
    void anythingElseIsNoToken(String presented) {
        assertThat(ConfirmationTokens.digestOf(presented)).isEmpty();
    }
}
