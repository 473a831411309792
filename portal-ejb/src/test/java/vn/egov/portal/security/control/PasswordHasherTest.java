package vn.egov.portal.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("Mật-khẩu-đúng-2026".toCharArray());

        assertThat(hasher.verify("Mật-khẩu-đúng-2026".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("Mật-khẩu-sai-2026".toCharArray(), stored)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash("same-password".toCharArray())).isNotEqualTo(hasher.hash("same-password".toCharArray()));
    }

    @Test
    void storedFormNamesAlgorithmAndCostButNotThePassword() {
        String stored = hasher.hash("visible?".toCharArray());

        assertThat(stored).startsWith("pbkdf2-sha512:1000:").doesNotContain("visible");
    }

    @Test
    void oldHashesStillVerifyAndAskForARehash() {
        String weak = new PasswordHasher(500).hash("pw-upgraded-later".toCharArray());

        assertThat(hasher.verify("pw-upgraded-later".toCharArray(), weak)).isTrue();
        assertThat(hasher.needsRehash(weak)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("x".toCharArray()))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"plain", "md5:abc", "pbkdf2-sha512:10:!!:!!", "pbkdf2-sha512:x:AA:AA"})
    void malformedStoredHashesNeverMatch(String stored) {
        assertThat(hasher.verify("anything".toCharArray(), stored)).isFalse();
    }

    @Test
    void defaultCostFollowsOwasp() {
        assertThat(PasswordHasher.DEFAULT_ROUNDS).isGreaterThanOrEqualTo(210_000);
    }
}
