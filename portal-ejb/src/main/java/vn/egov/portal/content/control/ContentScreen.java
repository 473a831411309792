package vn.egov.portal.content.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * Screens text against the prohibited-content rules of Article 4. Vietnamese words differ only by
 * their marks ("bom" is not "bơm"), so a rule matches with its diacritics unless it says that text
 * typed without marks should match too. Matches respect word boundaries and return the positions in
 * the original text, so the reviewer sees exactly what was hit.
 */
public final class ContentScreen {

    /** One rule: a word or phrase, and whether text typed without diacritics should match it too. */
    public record Rule(String phrase, boolean ignoreDiacritics) {}

    /** One match: the rule's phrase and where in the text it was found. */
    public record Hit(String phrase, int start, int end) {}

    private final List<Rule> rules;

    public ContentScreen(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Hit> screen(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String nfc = Text.nfc(text);
        String exact = nfc.toLowerCase(Locale.ROOT);
        String folded = foldKeepingPositions(nfc);
        List<Hit> hits = new ArrayList<>();
        for (Rule rule : rules) {
            String phrase = Text.clean(rule.phrase());
            if (phrase == null) {
                continue;
            }
            String needle = rule.ignoreDiacritics() ? Text.fold(phrase) : phrase.toLowerCase(Locale.ROOT);
            find(rule.ignoreDiacritics() ? folded : exact, needle, phrase, hits);
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static void find(String haystack, String needle, String phrase, List<Hit> hits) {
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return;
            }
            int end = at + needle.length();
            if (boundary(haystack, at - 1) && boundary(haystack, end)) {
                hits.add(new Hit(phrase, at, end));
            }
            from = at + 1;
        }
    }

    private static boolean boundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    /** Folds diacritics one character at a time, so indexes in the result are indexes in the input. */
    static String foldKeepingPositions(String nfc) {
        StringBuilder folded = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            String one = Text.fold(String.valueOf(nfc.charAt(i)));
            folded.append(one.length() == 1 ? one.charAt(0) : Character.toLowerCase(nfc.charAt(i)));
        }
        return folded.toString();
    }
}
