package vn.egov.portal.search.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;

class RankedIdsTest {

    private record Row(long id, String title) {}

    private static final RankedIds RANKED = new RankedIds(List.of(7L, 3L, 9L, 1L, 5L));

    /** The feature's other criteria keep odd ids above 1; rows come back in the database's order. */
    private static ResultPage<Row> page(RankedIds ranked, PageRequest page) {
        Function<List<Long>, List<Row>> load =
                ids -> ids.stream().sorted().map(id -> new Row(id, "row " + id)).toList();
        return ranked.page(page, ids -> ids.stream().filter(id -> id > 1).toList(), load, Row::id);
    }

    @Test
    void theEnginesOrderSurvivesTheFeaturesFilterAndItsLoading() {
        ResultPage<Row> first = page(RANKED, PageRequest.first(2));
        assertThat(first.items()).extracting(Row::id).containsExactly(7L, 3L);
        assertThat(first.totalItems()).isEqualTo(4);
        assertThat(first.isHasNext()).isTrue();

        ResultPage<Row> second = page(RANKED, new PageRequest(2, 2));
        assertThat(second.items()).extracting(Row::id).containsExactly(9L, 5L);
        assertThat(second.isHasNext()).isFalse();
    }

    @Test
    void aPagePastTheEndIsEmptyButKnowsTheTotal() {
        ResultPage<Row> past = page(RANKED, new PageRequest(5, 2));
        assertThat(past.items()).isEmpty();
        assertThat(past.totalItems()).isEqualTo(4);
        assertThat(past.isPastTheEnd()).isTrue();
    }

    @Test
    void nothingRankedIsAnEmptyListWithoutAskingTheFeature() {
        ResultPage<Row> none = RankedIds.NONE.page(
                PageRequest.first(10),
                ids -> {
                    throw new AssertionError("not asked");
                },
                ids -> {
                    throw new AssertionError("not asked");
                },
                Row::id);
        assertThat(none.isEmpty()).isTrue();
    }

    @Test
    void aRowDeletedBetweenTheTwoQueriesIsLeftOut() {
        ResultPage<Row> page = RANKED.page(
                PageRequest.first(10),
                ids -> Set.copyOf(ids),
                ids -> ids.stream()
                        .filter(id -> id != 9)
                        .map(id -> new Row(id, ""))
                        .toList(),
                Row::id);
        assertThat(page.items()).extracting(Row::id).containsExactly(7L, 3L, 1L, 5L);
    }
}
