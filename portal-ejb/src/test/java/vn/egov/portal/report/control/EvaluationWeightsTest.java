package vn.egov.portal.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.report.control.EvaluationWeights.Component;

class EvaluationWeightsTest {

    @Test
    void withoutSettingsTheWeightsAre40_30_20_10() {
        EvaluationWeights weights = EvaluationWeights.defaults();
        assertThat(weights.of(Component.DEADLINES)).isEqualTo(40);
        assertThat(weights.of(Component.QA)).isEqualTo(30);
        assertThat(weights.of(Component.ESERVICES)).isEqualTo(20);
        assertThat(weights.of(Component.PUBLISHING)).isEqualTo(10);
    }

    @Test
    void aSettingOverridesItsComponentOnly() {
        EvaluationWeights weights = from(Map.of(
                "portal.report.evaluation.weight.eservices", " 0 ", "portal.report.evaluation.weight.qa", "100"));
        assertThat(weights.of(Component.ESERVICES)).isZero();
        assertThat(weights.of(Component.QA)).isEqualTo(100);
        assertThat(weights.of(Component.DEADLINES)).isEqualTo(40);
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused")
    @CsvSource({
        "portal.report.evaluation.weight.qa, abc",
        "portal.report.evaluation.weight.qa, 101",
        "portal.report.evaluation.weight.deadlines, -5",
        "portal.report.evaluation.weight.publishing, 2.5",
        "portal.report.evaluation.weight.eservices, ''"
    })
    void aBadSettingIsRefusedByName(String setting, String value) {
        assertThatThrownBy(() -> from(Map.of(setting, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(setting);
    }

    @Test
    void allZeroIsRefused() {
        assertThatThrownBy(() -> from(Map.of(
                        "portal.report.evaluation.weight.deadlines", "0",
                        "portal.report.evaluation.weight.qa", "0",
                        "portal.report.evaluation.weight.eservices", "0",
                        "portal.report.evaluation.weight.publishing", "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portal.report.evaluation.weight.");
    }

    private static EvaluationWeights from(Map<String, String> settings) {
        return EvaluationWeights.from(name -> Optional.ofNullable(settings.get(name)));
    }
}
