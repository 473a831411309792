package vn.egov.portal.eservice.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.portal.eservice.entity.ApplicationState;
import vn.egov.portal.eservice.entity.ServiceRating;

/** The public results' arithmetic as a table: each set of dossiers and the figures it gives. */
class ResultTallyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final LocalDate DUE = LocalDate.of(2026, 11, 20);

    private static ResultTally.Facts onTime(ServiceRating rating) {
        return new ResultTally.Facts(ApplicationState.COMPLETED, DUE, DUE, rating);
    }

    private static ResultTally.Facts late(ServiceRating rating) {
        return new ResultTally.Facts(ApplicationState.COMPLETED, DUE, DUE.plusDays(1), rating);
    }

    private static ResultTally.Facts readyEarly() {
        return new ResultTally.Facts(ApplicationState.RESULT_READY, DUE, DUE.minusDays(3), null);
    }

    private static ResultTally.Facts open(ApplicationState state, LocalDate due) {
        return new ResultTally.Facts(state, due, null, null);
    }

    private static ResultTally.Facts closed(ApplicationState state) {
        return new ResultTally.Facts(state, DUE, null, null);
    }

    private static List<ResultTally.Facts> times(int count, ResultTally.Facts facts) {
        List<ResultTally.Facts> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(facts);
        }
        return list;
    }

    private static List<ResultTally.Facts> all(List<?>... parts) {
        List<ResultTally.Facts> list = new ArrayList<>();
        for (List<?> part : parts) {
            part.forEach(facts -> list.add((ResultTally.Facts) facts));
        }
        return list;
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // name, dossiers, received, onTime, late, inProgress, overdue, rejected, withdrawn, rated, onTime%,
                // satisfied%
                Arguments.of("nothing", List.of(), 0, 0, 0, 0, 0, 0, 0, 0, null, null),
                Arguments.of("one on time", List.of(onTime(null)), 1, 1, 0, 0, 0, 0, 0, 0, "100.0", null),
                Arguments.of(
                        "result on the due date is on time",
                        List.of(readyEarly(), onTime(null)),
                        2,
                        2,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        "100.0",
                        null),
                Arguments.of(
                        "a day after the due date is late", List.of(late(null)), 1, 0, 1, 0, 0, 0, 0, 0, "0.0", null),
                Arguments.of(
                        "two thirds on time",
                        List.of(onTime(null), onTime(null), late(null)),
                        3,
                        2,
                        1,
                        0,
                        0,
                        0,
                        0,
                        0,
                        "66.7",
                        null),
                Arguments.of(
                        "in progress, one past due, one stopped past due is not overdue",
                        List.of(
                                open(ApplicationState.SUBMITTED, TODAY.plusDays(5)),
                                open(ApplicationState.PROCESSING, TODAY.minusDays(1)),
                                open(ApplicationState.PROCESSING, TODAY),
                                open(ApplicationState.NEEDS_SUPPLEMENT, null)),
                        4,
                        0,
                        0,
                        4,
                        1,
                        0,
                        0,
                        0,
                        null,
                        null),
                Arguments.of(
                        "refused and rejected count together, withdrawn apart",
                        List.of(
                                closed(ApplicationState.REFUSED),
                                closed(ApplicationState.REJECTED),
                                closed(ApplicationState.WITHDRAWN)),
                        3,
                        0,
                        0,
                        0,
                        0,
                        2,
                        1,
                        0,
                        null,
                        null),
                Arguments.of(
                        "satisfied and acceptable are content",
                        List.of(
                                onTime(ServiceRating.SATISFIED),
                                onTime(ServiceRating.ACCEPTABLE),
                                late(ServiceRating.UNSATISFIED),
                                onTime(null)),
                        4,
                        3,
                        1,
                        0,
                        0,
                        0,
                        0,
                        3,
                        "75.0",
                        "66.7"),
                Arguments.of(
                        "seven on time of eight, one in eight unsatisfied",
                        all(times(7, onTime(ServiceRating.SATISFIED)), List.of(late(ServiceRating.UNSATISFIED))),
                        8,
                        7,
                        1,
                        0,
                        0,
                        0,
                        0,
                        8,
                        "87.5",
                        "87.5"),
                Arguments.of(
                        "a third rounds half up",
                        all(List.of(onTime(null)), times(2, late(null))),
                        3,
                        1,
                        2,
                        0,
                        0,
                        0,
                        0,
                        0,
                        "33.3",
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void figures(
            String name,
            List<ResultTally.Facts> dossiers,
            int received,
            int onTime,
            int late,
            int inProgress,
            int overdue,
            int rejected,
            int withdrawn,
            int rated,
            String onTimeRate,
            String satisfactionRate) {
        ResultTally tally = ResultTally.of(dossiers, TODAY);

        assertThat(tally)
                .isEqualTo(new ResultTally(
                        received,
                        onTime,
                        late,
                        inProgress,
                        overdue,
                        rejected,
                        withdrawn,
                        rated,
                        onTimeRate == null ? null : new BigDecimal(onTimeRate),
                        satisfactionRate == null ? null : new BigDecimal(satisfactionRate)));
    }

    @Test
    void everyDossierIsCountedOnceAmongTheOutcomes() {
        List<ResultTally.Facts> dossiers = all(
                times(3, onTime(null)),
                times(2, late(null)),
                List.of(open(ApplicationState.RECEIVED, DUE), closed(ApplicationState.REFUSED)),
                List.of(closed(ApplicationState.WITHDRAWN)));

        ResultTally tally = ResultTally.of(dossiers, TODAY);

        assertThat(tally.onTime() + tally.late() + tally.inProgress() + tally.rejected() + tally.withdrawn())
                .isEqualTo(tally.received())
                .isEqualTo(8);
    }
}
