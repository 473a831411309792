package vn.egov.portal.platform.chrome.web;

import java.util.Map;
import java.util.Set;

/**
 * A reader's display options: larger text, high contrast. Kept in a cookie that a plain link sets,
 * so pages stay script-free and identical for everybody (the page cache is untouched); only the
 * small display stylesheet differs (see {@link DisplayOptionsServlet}).
 *
 * @param largeText text at 125 %
 * @param highContrast black, white and yellow instead of the portal's colours
 */
public record DisplayPreference(boolean largeText, boolean highContrast) {

    public static final DisplayPreference STANDARD = new DisplayPreference(false, false);

    /** The cookie's words; anything else in it is ignored, so a tampered cookie only loses options. */
    static final String LARGE_TEXT = "chu-lon";

    static final String HIGH_CONTRAST = "tuong-phan-cao";

    /** The link parameters: {@code chu=lon|thuong}, {@code tuong-phan=cao|thuong}. */
    static final String TEXT_PARAMETER = "chu";

    static final String CONTRAST_PARAMETER = "tuong-phan";

    public static DisplayPreference fromCookie(String value) {
        if (value == null || value.length() > 100) {
            return STANDARD;
        }
        Set<String> words = Set.of(value.split("\\.", 3));
        return new DisplayPreference(words.contains(LARGE_TEXT), words.contains(HIGH_CONTRAST));
    }

    /** The preference after a link's choice; an unknown or missing choice changes nothing. */
    public DisplayPreference choose(Map<String, String> parameters) {
        return new DisplayPreference(
                choice(parameters.get(TEXT_PARAMETER), "lon", largeText),
                choice(parameters.get(CONTRAST_PARAMETER), "cao", highContrast));
    }

    private static boolean choice(String asked, String on, boolean current) {
        if (on.equals(asked)) {
            return true;
        }
        return !"thuong".equals(asked) && current;
    }

    /** The cookie's value, or null when everything is standard (the cookie is then removed). */
    public String cookieValue() {
        if (equals(STANDARD)) {
            return null;
        }
        if (largeText && highContrast) {
            return LARGE_TEXT + "." + HIGH_CONTRAST;
        }
        return largeText ? LARGE_TEXT : HIGH_CONTRAST;
    }
}
