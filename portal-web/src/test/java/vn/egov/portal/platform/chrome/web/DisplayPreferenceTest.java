package vn.egov.portal.platform.chrome.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The display options a reader's cookie remembers, and how the header's links change them. */
class DisplayPreferenceTest {

    @ParameterizedTest(name = "cookie \"{0}\" → large {1}, contrast {2}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                "NULL, false, false",
                "'', false, false",
                "chu-lon, true, false",
                "tuong-phan-cao, false, true",
                "chu-lon.tuong-phan-cao, true, true",
                "tuong-phan-cao.chu-lon, true, true",
                // A tampered or foreign cookie only loses options; it never breaks the page.
                "chu-lon.<script>, true, false",
                "CHU-LON, false, false",
                "x.y.z.chu-lon, false, false",
            })
    void aCookieIsReadWordByWord(String cookie, boolean large, boolean contrast) {
        assertThat(DisplayPreference.fromCookie(cookie)).isEqualTo(new DisplayPreference(large, contrast));
    }

    @ParameterizedTest(name = "{0} + chu={1}, tuong-phan={2} → {3}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                "'', lon, NULL, chu-lon",
                "chu-lon, NULL, cao, chu-lon.tuong-phan-cao",
                "chu-lon.tuong-phan-cao, thuong, NULL, tuong-phan-cao",
                "tuong-phan-cao, NULL, thuong, NULL",
                "chu-lon, rat-lon, NULL, chu-lon",
                "'', NULL, NULL, NULL",
            })
    void aLinkChangesOnlyWhatItNames(String cookie, String text, String contrast, String expected) {
        Map<String, String> link = new HashMap<>();
        link.put(DisplayPreference.TEXT_PARAMETER, text);
        link.put(DisplayPreference.CONTRAST_PARAMETER, contrast);

        String after = DisplayPreference.fromCookie(cookie).choose(link).cookieValue();

        assertThat(after).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"chu-lon", "tuong-phan-cao", "chu-lon.tuong-phan-cao"})
    void theCookieReadsBackAsWritten(String cookie) {
        assertThat(DisplayPreference.fromCookie(cookie).cookieValue()).isEqualTo(cookie);
    }
}
