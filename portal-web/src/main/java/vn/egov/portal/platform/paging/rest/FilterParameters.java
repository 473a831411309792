package vn.egov.portal.platform.paging.rest;

import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/**
 * The filters of the list operations, read from their query parameters like the paging next to
 * them ({@link PageParameters}): absent or blank is no filter (null), surrounding spaces are
 * ignored, and a value the filter cannot take is a 400 naming the field with the given message key.
 */
public final class FilterParameters {

    private FilterParameters() {}

    /** One of the constants of {@code type}, written as its name (e.g. {@code PROVINCE}). */
    public static <E extends Enum<E>> E choice(Class<E> type, String field, String text, String key) {
        if (isAbsent(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of(field, key);
        }
    }

    /** One of the portal's languages, written as its code ("vi", "en"). */
    public static Language language(String field, String text) {
        if (isAbsent(text)) {
            return null;
        }
        return Language.find(text).orElseThrow(() -> InvalidInputException.of(field, "api.error.language"));
    }

    /** A whole number in decimal digits. */
    public static Integer integer(String field, String text, String key) {
        if (isAbsent(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException malformed) {
            throw InvalidInputException.of(field, key);
        }
    }

    private static boolean isAbsent(String text) {
        return text == null || text.isBlank();
    }
}
