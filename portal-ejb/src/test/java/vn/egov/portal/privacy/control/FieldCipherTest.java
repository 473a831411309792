package vn.egov.portal.privacy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private final FieldCipher cipher = new FieldCipher(FieldCipher.decodeKey(FieldCipher.newKey()));

    @Test
    void sealedValuesOpenAgainButDoNotShowOrRepeat() {
        String sealed = cipher.seal("CCCD 004199012345, Nguyễn Văn An");

        assertThat(sealed).startsWith("v1:").doesNotContain("004199012345").doesNotContain("Nguyễn");
        assertThat(cipher.seal("CCCD 004199012345, Nguyễn Văn An")).isNotEqualTo(sealed);
        assertThat(cipher.open(sealed)).isEqualTo("CCCD 004199012345, Nguyễn Văn An");
    }

    @Test
    void aChangedValueOrAnotherKeyFailsToOpen() {
        String sealed = cipher.seal("0912345678");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        FieldCipher other = new FieldCipher(FieldCipher.decodeKey(FieldCipher.newKey()));

        assertThatThrownBy(() -> cipher.open(tampered)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void digestsAreStablePerKeyAndSayNothingWithoutIt() {
        FieldCipher other = new FieldCipher(FieldCipher.decodeKey(FieldCipher.newKey()));

        assertThat(cipher.digest("an@example.vn")).isEqualTo(cipher.digest("an@example.vn"));
        assertThat(cipher.digest("an@example.vn")).isNotEqualTo(other.digest("an@example.vn"));
    }

    @Test
    void keysMustBeThirtyTwoBytes() {
        assertThatThrownBy(() -> FieldCipher.decodeKey(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }
}
