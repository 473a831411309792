package vn.egov.portal.platform.i18n.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(
            value = {
                "en, ENGLISH",
                "EN, ENGLISH",
                "' en ', ENGLISH",
                "vi, VIETNAMESE",
                "fr, VIETNAMESE",
                "'', VIETNAMESE",
                "NULL, VIETNAMESE"
            },
            nullValues = "NULL")
    void aCodeReadsAsOneOfThePortalsLanguagesVietnameseByDefault(String code, Language expected) {
        assertThat(Language.of(code)).isEqualTo(expected);
        assertThat(Language.of(code == null ? null : Locale.forLanguageTag(code.strip())))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"'fr,en,vi', ENGLISH", "'vi-VN,en', VIETNAMESE", "'de,fr', VIETNAMESE", "'en-GB', ENGLISH"})
    void theFirstPreferredLanguageThePortalSpeaksWins(String tags, Language expected) {
        List<Locale> preferred =
                List.of(tags.split(",")).stream().map(Locale::forLanguageTag).toList();

        assertThat(Language.firstOf(preferred)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"VIETNAMESE, vi", "ENGLISH, en"})
    void eachLanguageKeepsItsCodeAndLocale(Language language, String code) {
        assertThat(language.code()).isEqualTo(code);
        assertThat(language.locale().getLanguage()).isEqualTo(code);
        assertThat(Language.find(code)).contains(language);
    }
}
