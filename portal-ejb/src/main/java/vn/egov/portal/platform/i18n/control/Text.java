package vn.egov.portal.platform.i18n.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Unicode handling for Vietnamese text: one normal form in, diacritic folding for matching. */
public final class Text {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** White space of any kind, zero-width spaces and joiners, the word joiner, the byte-order mark. */
    private static final Pattern INVISIBLE_EDGES =
            Pattern.compile("^[\\s\\p{Z}\\u200B-\\u200D\\u2060\\uFEFF]+|[\\s\\p{Z}\\u200B-\\u200D\\u2060\\uFEFF]+$");

    /** The message key of the field error for text that is not {@link #isStorable storable}. */
    public static final String UNSTORABLE = "error.text.characters";

    private Text() {}

    /** NFC, the form the portal stores and compares. Null stays null. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * NFC with surrounding and repeated white space collapsed and invisible characters at the edges
     * dropped; blank (nothing a reader could see) becomes null.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String collapsed = INVISIBLE_EDGES
                .matcher(SPACES.matcher(nfc(text)).replaceAll(" "))
                .replaceAll("");
        return collapsed.isEmpty() ? null : collapsed;
    }

    /** Null, empty, or only white space and zero-width characters. */
    public static boolean isBlank(String text) {
        return text == null || INVISIBLE_EDGES.matcher(text).replaceAll("").isEmpty();
    }

    /**
     * False for text that holds what no form should send and no page should show: control
     * characters other than tab and line breaks (NUL above all), the bidirectional embeddings,
     * overrides and isolates that make a file name or a sentence read differently from what it is,
     * half of a surrogate pair, and the noncharacters U+FFFE and U+FFFF. Null is storable.
     */
    public static boolean isStorable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!isStorable(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStorable(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        boolean bidiControl = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
        return c != 0x7F && !bidiControl && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
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
