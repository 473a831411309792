package vn.egov.portal.privacy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyFingerprintTest {

    @ParameterizedTest(name = "recorded {0}, in hand {1}: {2}")
    @CsvSource({
        "    ,     , FIRST_USE",
        "    , k1:a, FIRST_USE",
        "k1:a, k1:a, MATCHES",
        "k1:a,     , MISSING",
        "k1:a, k1:b, MISMATCH"
    })
    void judgesTheKeyInHandAgainstTheRecordedOne(String recorded, String inHand, KeyFingerprint.Verdict verdict) {
        assertThat(KeyFingerprint.judge(Optional.ofNullable(recorded), Optional.ofNullable(inHand)))
                .isEqualTo(verdict);
    }

    @Test
    void theSameKeyAlwaysHasTheSameFingerprintAndAnotherKeyAnother() {
        byte[] key = Base64.getDecoder().decode(FieldCipher.newKey());
        byte[] other = Base64.getDecoder().decode(FieldCipher.newKey());

        assertThat(KeyFingerprint.of(key))
                .isEqualTo(KeyFingerprint.of(key.clone()))
                .startsWith("k1:");
        assertThat(KeyFingerprint.of(other)).isNotEqualTo(KeyFingerprint.of(key));
        assertThat(KeyFingerprint.of(key)).doesNotContain(Base64.getEncoder().encodeToString(key));
    }
}
