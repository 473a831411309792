package vn.egov.portal.privacy.control;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Diacritic folding that keeps positions: each character of an NFC text folds to exactly one
 * character, so a match found in the folded text lies at the same place in the original.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {}

    /** Lower case without diacritics, one character for one; đ becomes d. */
    public static String foldKeepingLength(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char single = c < 128 ? c : base(c);
            if (single == 'đ' || single == 'Đ') {
                single = 'd';
            }
            folded.append(Character.toLowerCase(single));
        }
        return folded.toString();
    }

    private static char base(char c) {
        String base = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
                .replaceAll("");
        return base.length() == 1 ? base.charAt(0) : c;
    }

    /** True when the text has no letter with a diacritic: typed on a keyboard without Vietnamese input. */
    public static boolean isUnaccented(String text) {
        return text.chars().allMatch(c -> c < 128);
    }
}
