package vn.egov.portal.guard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackingCodesTest {

    private static final TrackingCodes QA = new TrackingCodes("HD");

    @Test
    void newCodesHaveTheFormAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = QA.next();
            assertThat(code).matches("HD-[0-9A-Z]{4}-[0-9A-Z]{4}").doesNotContain("I", "L", "O", "U");
            assertThat(QA.normalise(code)).contains(code);
            codes.add(code);
        }
        assertThat(codes).hasSize(2000);
    }

    @Test
    void aCodeAlreadyHeldIsDrawnAgainUntilAFreeOneComes() {
        Set<String> offered = new HashSet<>();
        String code = QA.next(candidate -> offered.add(candidate) && offered.size() < 4);

        assertThat(offered).hasSize(4).contains(code);
        assertThat(code).matches("HD-[0-9A-Z]{4}-[0-9A-Z]{4}");
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource({
        "'HD-7K3M-9QXP', HD-7K3M-9QXP",
        "'hd-7k3m-9qxp', HD-7K3M-9QXP",
        "' HD 7K3M 9QXP ', HD-7K3M-9QXP",
        "'HD7K3M9QXP', HD-7K3M-9QXP",
        "'HD-7K3M-9QXO', HD-7K3M-9QX0", // O read as zero
        "'HD-7K3M-9QXP-2', HD-7K3M-9QXP-2",
        "'HD-7K3M', ",
        "'XX-7K3M-9QXP', ",
        "'HD-7K3M-9QXP-A', ",
        "'', "
    })
    void typedCodesAreReadForgivingly(String typed, String expected) {
        assertThat(QA.normalise(typed).orElse(null)).isEqualTo(expected);
    }

    @Test
    void aCodeOfOneFeatureIsNoCodeOfAnother() {
        TrackingCodes applications = new TrackingCodes("DV");
        String application = applications.next();
        assertThat(application).startsWith("DV-");
        assertThat(QA.normalise(application)).isEmpty();
        assertThat(applications.normalise(application)).contains(application);
    }

    @ParameterizedTest
    @CsvSource({"H", "hd", "H1", "HDX", "''"})
    void aPrefixIsTwoCapitalLetters(String prefix) {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new TrackingCodes(prefix));
    }
}
