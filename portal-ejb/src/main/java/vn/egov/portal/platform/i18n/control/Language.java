package vn.egov.portal.platform.i18n.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's two languages: Vietnamese, in which everything exists and which answers when nothing
 * else is asked for, and English, in which some content is translated. The one place that reads a
 * language code, a locale or a list of preferred locales.
 */
public enum Language {
    VIETNAMESE("vi"),
    ENGLISH("en");

    private final String code;
    private final Locale locale;

    Language(String code) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
    }

    /** The ISO 639-1 code, as stored and as it appears in addresses ("vi", "en"). */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isEnglish() {
        return this == ENGLISH;
    }

    /** The language a reader of this one is offered by the language switch. */
    public Language other() {
        return isEnglish() ? VIETNAMESE : ENGLISH;
    }

    /** The language of this code (any case), if it is one of the portal's. */
    public static Optional<Language> find(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of this code, Vietnamese when the code is missing or not one of the portal's. */
    public static Language of(String code) {
        return find(code).orElse(VIETNAMESE);
    }

    /** The language of this locale, Vietnamese when it is missing or not one of the portal's. */
    public static Language of(Locale locale) {
        return of(locale == null ? null : locale.getLanguage());
    }

    /** The first of the caller's preferred locales the portal speaks, or Vietnamese. */
    public static Language firstOf(List<Locale> preferred) {
        return preferred.stream()
                .map(locale -> find(locale.getLanguage()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(VIETNAMESE);
    }
}
