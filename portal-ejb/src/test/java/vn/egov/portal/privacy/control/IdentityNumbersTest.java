package vn.egov.portal.privacy.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityNumbersTest {

    @ParameterizedTest(name = "{0} is an identity document: {1}")
    @CsvSource({
        "'012345678', true", // CMND, nine digits
        "'012 345 678', true",
        "'001099012345', true", // CCCD, Hà Nội
        "'004 199 012 345', true", // CCCD, Cao Bằng, typed in groups
        "'096088001122', true", // the last province code
        "'097088001122', false", // no province 097
        "'000088001122', false",
        "'B1234567', true", // Vietnamese passport
        "'c1234567', true",
        "'AB123456', true", // foreign passport
        "'12345678', false", // eight digits: neither
        "'0123456789', false", // ten digits: neither
        "'1234567890123', false",
        "'ABC12345', false",
        "'', false"
    })
    void acceptsCmndCccdAndPassportsOnly(String typed, boolean valid) {
        assertThat(IdentityNumbers.isIdentityDocument(typed)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} is a phone: {1}")
    @CsvSource({
        "'0912345678', true",
        "'0912 345 678', true",
        "'091.234.5678', true",
        "'+84 912 345 678', true",
        "'84912345678', true",
        "'0206 3852 315', true", // Cao Bằng landline, eleven digits
        "'02063852315', true",
        "'+33 1 23 45 67 89', true", // foreign, international form
        "'0112345678', false", // no such mobile prefix
        "'091234567', false", // nine digits
        "'09123456789', false", // eleven digits from a mobile prefix
        "'12345', false",
        "'abc', false"
    })
    void readsVietnameseAndInternationalPhones(String typed, boolean valid) {
        assertThat(IdentityNumbers.isPhone(typed)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "'0912345678', PHONE",
        "'02063852315', PHONE",
        "'012345678', ID_NUMBER",
        "'004199012345', ID_NUMBER",
        "'20142020', ",
        "'123456', "
    })
    void classifiesRunsOfDigits(String digits, PiiKind kind) {
        assertThat(IdentityNumbers.classifyDigits(digits).orElse(null)).isEqualTo(kind);
    }
}
