package vn.egov.portal.privacy.control;

import java.text.Normalizer;

/**
 * Diacritic folding that keeps positions: each character of an NFC text folds to exactly one
 * character, so a match found in the folded text lies at the same place in the original.
 */
public final class Folding {

    private Folding() {}

    /** Lower case without diacritics, one character for one; đ becomes d. */
    public static String foldKeepingLength(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String base =
                    Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            char single = base.length() == 1 ? base.charAt(0) : c;
            if (single == 'đ' || single == 'Đ') {
                single = 'd';
            }
            folded.append(Character.toLowerCase(single));
        }
        return folded.toString();
    }

    /** True when the text has no letter with a diacritic: typed on a keyboard without Vietnamese input. */
    public static boolean isUnaccented(String text) {
        return text.chars().allMatch(c -> c < 128);
    }
}
