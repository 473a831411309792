package vn.egov.portal.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @ParameterizedTest(name = "{0} ms reads \"{1}\" / \"{2}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "0        | 0 giây        | 0 s",
                "75       | 0,1 giây      | 0.1 s",
                "4772     | 4,8 giây      | 4.8 s",
                "9_940    | 9,9 giây      | 9.9 s",
                "10_000   | 10 giây       | 10 s",
                "59_400   | 59 giây       | 59 s",
                "60_000   | 1 phút 00 giây | 1 min 00 s",
                "185_000  | 3 phút 05 giây | 3 min 05 s",
                "3_600_000 | 1 giờ 00 phút | 1 h 00 min",
                "7_380_000 | 2 giờ 03 phút | 2 h 03 min",
                "-5       | 0 giây        | 0 s"
            })
    void readsLikeAPerson(String millis, String vietnamese, String english) {
        long ms = Long.parseLong(millis.replace("_", ""));
        assertThat(Durations.text(ms, VI)).isEqualTo(vietnamese);
        assertThat(Durations.text(ms, Locale.ENGLISH)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource({"vi", "en"})
    void aStepThatNeverRanHasNoDuration(String language) {
        assertThat(Durations.text(null, Locale.forLanguageTag(language))).isEmpty();
    }
}
