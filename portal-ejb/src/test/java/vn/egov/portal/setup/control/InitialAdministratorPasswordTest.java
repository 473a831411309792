package vn.egov.portal.setup.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.platform.i18n.control.PortalMessages;

/** What run.sh prints, on one line, before it starts anything when the operator's password is refused. */
class InitialAdministratorPasswordTest {

    /** The password given, and each rule it breaks, as the policy's message keys. */
    @ParameterizedTest
    @CsvSource({
        "short, error.password.tooShort",
        "Cao-Bang-admin-2026, error.password.containsUsername",
        "P@ssw0rd2026, error.password.common",
        "aaaaaaaaaaaaaaaaaa, error.password.tooSimple"
    })
    void aRefusedPasswordIsExplainedOnOneLine(String password, String rule) {
        String reason = InitialAdministratorPassword.refusal(password).orElseThrow();

        assertThat(reason)
                .isEqualTo("PORTAL_ADMIN_PASSWORD is refused: " + PortalMessages.get(Locale.ENGLISH, rule))
                .doesNotContain("\n");
    }

    @ParameterizedTest
    @CsvSource({"Quickstart-9fK2mQ7xLp", "sông Bằng chảy qua phố núi"})
    void aGoodPasswordPasses(String password) {
        assertThat(InitialAdministratorPassword.refusal(password)).isEmpty();
    }
}
