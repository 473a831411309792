package vn.egov.portal.qa.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionStateTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "RECEIVED, ROUTED, true",
        "RECEIVED, REFUSED, true",
        "RECEIVED, SPLIT, true",
        "RECEIVED, ANSWERED, false",
        "RECEIVED, PUBLISHED, false",
        "ROUTED, ROUTED, true", // transfer
        "ROUTED, RECEIVED, true", // the agency hands it back
        "ROUTED, ANSWERED, true",
        "ROUTED, SPLIT, true",
        "ROUTED, REFUSED, false",
        "ROUTED, PUBLISHED, false",
        "ANSWERED, PUBLISHED, true",
        "ANSWERED, ROUTED, false",
        "PUBLISHED, ANSWERED, true", // withdrawn from the public page
        "PUBLISHED, ROUTED, false",
        "REFUSED, ROUTED, false",
        "REFUSED, RECEIVED, false",
        "SPLIT, ROUTED, false",
        "SPLIT, ANSWERED, false"
    })
    void followsTheArticle9Workflow(QuestionState from, QuestionState to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }
}
