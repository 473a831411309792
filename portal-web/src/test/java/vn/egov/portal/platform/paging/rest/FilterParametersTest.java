package vn.egov.portal.platform.paging.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

class FilterParametersTest {

    @ParameterizedTest(name = "\"{0}\" is no filter")
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void absentOrBlankIsNoFilter(String text) {
        assertThat(FilterParameters.choice(DayOfWeek.class, "day", text, "error.day"))
                .isNull();
        assertThat(FilterParameters.integer("year", text, "error.year")).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {"MONDAY|MONDAY", "' SUNDAY '|SUNDAY"})
    void readsAConstantByItsName(String text, DayOfWeek day) {
        assertThat(FilterParameters.choice(DayOfWeek.class, "day", text, "error.day"))
                .isEqualTo(day);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {"2026|2026", "' 15 '|15", "-1|-1"})
    void readsAWholeNumber(String text, int number) {
        assertThat(FilterParameters.integer("year", text, "error.year")).isEqualTo(number);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"monday", "MON", "MONDAY;", "1", "ＭＯＮＤＡＹ"})
    void refusesAnUnknownConstantNamingTheField(String text) {
        InvalidInputException refused = catchThrowableOfType(
                () -> FilterParameters.choice(DayOfWeek.class, "day", text, "error.day"), InvalidInputException.class);
        assertThat(refused.fieldErrors()).isEqualTo(Map.of("day", "error.day"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"abc", "2026.5", "1e3", "99999999999", "２０２６x", "20 26"})
    void refusesWhatIsNotAWholeNumberNamingTheField(String text) {
        InvalidInputException refused = catchThrowableOfType(
                () -> FilterParameters.integer("year", text, "error.year"), InvalidInputException.class);
        assertThat(refused.fieldErrors()).isEqualTo(Map.of("year", "error.year"));
    }
}
