package vn.egov.portal.qa.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Article 9 workflow as a whole table: every state with all it may become; all else is refused. */
class QuestionStateTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "RECEIVED  | ROUTED REFUSED SPLIT",
                // ROUTED again: a transfer; RECEIVED: the agency hands it back to the board.
                "ROUTED    | ROUTED RECEIVED ANSWERED SPLIT",
                "ANSWERED  | PUBLISHED",
                // ANSWERED again: withdrawn from the public page.
                "PUBLISHED | ANSWERED",
                "REFUSED   |",
                "SPLIT     |"
            })
    void followsTheArticle9Workflow(QuestionState from, String allowed) {
        Set<QuestionState> next = states(allowed);
        for (QuestionState to : QuestionState.values()) {
            assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(next.contains(to));
        }
    }

    private static Set<QuestionState> states(String names) {
        Set<QuestionState> states = EnumSet.noneOf(QuestionState.class);
        if (names != null) {
            Arrays.stream(names.trim().split("\\s+"))
                    .map(QuestionState::valueOf)
                    .forEach(states::add);
        }
        return states;
    }
}
