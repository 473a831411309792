package vn.egov.portal.platform.paging.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/** Page numbers as readers and integrators type them: one origin (1), one size limit, refused by field. */
class PageRequestTest {

    @ParameterizedTest(name = "page {0}, size {1} -> page {2} of {3}, from {4}")
    @CsvSource(
            nullValues = "null",
            value = {
                "null, null, 1, 20, 0",
                "'', '', 1, 20, 0",
                "'  ', null, 1, 20, 0",
                "1, null, 1, 20, 0",
                "2, null, 2, 20, 20",
                "' 3 ', 5, 3, 5, 10",
                "007, 100, 7, 100, 600",
                "10000, 1, 10000, 1, 9999"
            })
    void readsTheNumbersOfAQueryString(String page, String size, int number, int pageSize, int offset) {
        PageRequest request = PageRequest.parse(page, size, 20);

        assertThat(request.number()).isEqualTo(number);
        assertThat(request.size()).isEqualTo(pageSize);
        assertThat(request.offset()).isEqualTo(offset);
    }

    @ParameterizedTest(name = "page {0}, size {1} refused: {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "0, null, page",
                "-1, null, page",
                "+2, null, page",
                "2.0, null, page",
                "1e3, null, page",
                "abc, null, page",
                "١, null, page",
                "10001, null, page",
                "99999999999999999999, null, page",
                "null, 0, size",
                "null, 101, size",
                "null, -5, size",
                "null, twenty, size",
                "0, 500, page size",
                "x, y, page size"
            })
    void refusesWhatIsNoPageWithEveryFieldAtOnce(String page, String size, String fields) {
        InvalidInputException refused =
                catchThrowableOfType(() -> PageRequest.parse(page, size, 20), InvalidInputException.class);

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.fieldErrors().keySet()).containsExactlyElementsOf(List.of(fields.split(" ")));
        assertThat(refused.fieldErrors())
                .containsAnyOf(Map.entry("page", "paging.error.page"), Map.entry("size", "paging.error.size"));
    }

    @ParameterizedTest(name = "{0} items by {1}: {2} pages")
    @CsvSource({
        "0, 12, 1, 0, false, false, true, false",
        "1, 12, 1, 1, false, false, false, false",
        "12, 12, 1, 1, false, false, false, false",
        "13, 12, 1, 2, true, false, false, false",
        "13, 12, 2, 2, false, true, false, false",
        "13, 12, 3, 2, false, true, false, true",
        "0, 12, 2, 0, false, true, true, true"
    })
    void aResultPageKnowsItsPlaceInTheList(
            long total,
            int size,
            int page,
            int pages,
            boolean next,
            boolean previous,
            boolean empty,
            boolean pastTheEnd) {
        ResultPage<String> result = ResultPage.of(new PageRequest(page, size), List.of(), total);

        assertThat(result.getTotalPages()).isEqualTo(pages);
        assertThat(result.isHasNext()).isEqualTo(next);
        assertThat(result.isHasPrevious()).isEqualTo(previous);
        assertThat(result.isEmpty()).isEqualTo(empty);
        assertThat(result.isPastTheEnd()).isEqualTo(pastTheEnd);
        assertThat(result.getFirstPosition()).isEqualTo((long) (page - 1) * size + 1);
    }
}
