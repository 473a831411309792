package vn.egov.portal.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(
            nullValues = "NONE",
            value = {
                "short1!, thuky, error.password.tooShort",
                "NONE, thuky, error.password.tooShort",
                "aaaaaaaaaaaaaaaa, thuky, error.password.tooSimple",
                "thuky-mat-khau-2026, thuky, error.password.containsUsername",
                "THUKY-mat-khau-2026, thuky, error.password.containsUsername",
                "Đèo Mã Phục 2026, thuky, NONE",
                "correct horse battery, admin, NONE",
                "password1234, thuky, error.password.common",
                "Password123!, thuky, error.password.common",
                "P@ssw0rd2026, thuky, error.password.common",
                "2026-qwertyuiop, thuky, error.password.common",
                "Anhyeuem@2026, thuky, error.password.common",
                "Integration-Test-2026, admin, NONE"
            })
    void appliesLengthAndCommonSenseRules(String password, String username, String expected) {
        var broken = PasswordPolicy.check(password, username);

        if (expected == null) {
            assertThat(broken).isEmpty();
        } else {
            assertThat(broken).contains(expected);
        }
    }

    @org.junit.jupiter.api.Test
    void countsCharactersNotBytes() {
        assertThat(PasswordPolicy.check("Bản Giốc Thác", "x")).isEmpty();
        assertThat(PasswordPolicy.check("đđđđđđđđđđđ", "x")).contains("error.password.tooShort");
    }
}
