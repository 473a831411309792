package vn.egov.portal.eservice.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProcedureCodeTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1} (national {2}, agency-specific {3})")
    @CsvSource(
            delimiter = '|',
            value = {
                "1.001234.000.00.00.H12     | 1.001234.000.00.00.H12 | 1.001234 | true",
                " 1.001234.000.00.00.h12    | 1.001234.000.00.00.H12 | 1.001234 | true",
                "1.001234 .000.00.00.H12    | 1.001234.000.00.00.H12 | 1.001234 | true",
                "１.００１２３４            | 1.001234               | 1.001234 | false",
                "2.000123                   | 2.000123               | 2.000123 | false",
                "1.004227.000.00.00.H12     | 1.004227.000.00.00.H12 | 1.004227 | true",
                "3.000181.000.00.00.H12     | 3.000181.000.00.00.H12 | 3.000181 | true"
            })
    void validForms(String typed, String text, String national, boolean agencySpecific) {
        ProcedureCode code = ProcedureCode.read(typed).orElseThrow();

        assertThat(code.text()).isEqualTo(text);
        assertThat(code.nationalCode()).isEqualTo(national);
        assertThat(code.agencySpecific()).isEqualTo(agencySpecific);
    }

    @ParameterizedTest(name = "\"{0}\" is not a procedure code")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "0.001234",
                "1.01234",
                "1.0012345",
                "1.001234.000.00.H12",
                "1.001234.000.00.00.12",
                "1.001234.000.00.00.HH2",
                "1-001234",
                "01/2014/QĐ-UBND",
                "1.001234.000.00.00.H12.1"
            })
    void refused(String typed) {
        assertThat(ProcedureCode.read(typed)).isEmpty();
    }

    @Test
    void anOverlongTextIsRefusedBeforeMatching() {
        assertThat(ProcedureCode.read("1.001234" + " ".repeat(100))).isEmpty();
    }
}
