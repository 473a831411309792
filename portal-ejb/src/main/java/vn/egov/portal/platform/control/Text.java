package vn.egov.portal.platform.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Unicode handling for Vietnamese text: one normal form in, diacritic folding for matching. */
public final class Text {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {}

    /** NFC, the form the portal stores and compares. Null stays null. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** NFC with surrounding and repeated white space collapsed; blank becomes null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String collapsed = SPACES.matcher(nfc(text)).replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Lower case without diacritics, so that "Cao Bằng", "cao bang" and "CAO BẰNG" match. The
     * letter đ is not a combining mark in Unicode and is folded by hand.
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
