package vn.egov.portal.integration.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenSecretsTest {

    @Test
    void aSecretCarriesTheRecognisablePrefixAnd256RandomBits() {
        String secret = TokenSecrets.newSecret();

        assertThat(secret).startsWith("egp_").hasSize(4 + 43).matches("egp_[A-Za-z0-9_-]{43}");
    }

    @Test
    void secretsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(TokenSecrets.newSecret());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theKeptHashIsTheSha256OfTheSecretNotTheSecret() {
        String secret = TokenSecrets.newSecret();

        String hash = TokenSecrets.hashOf(secret).orElseThrow();

        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(secret.substring(4));
        assertThat(TokenSecrets.hashOf(secret)).contains(hash);
        assertThat(TokenSecrets.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "egp_",
                "egp_short",
                "xyz_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "egp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "egp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "egp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\u00e1",
                "' or 1=1 --"
            })
    void anythingThatCannotBeOneOfOurSecretsIsNotLookedUp(String presented) {
        assertThat(TokenSecrets.hashOf(presented)).isEmpty();
    }
}
