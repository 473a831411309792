package vn.egov.portal.qa.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.privacy.control.Folding;

/**
 * Marks questions that read like a complaint or a denunciation (khiếu nại, tố cáo), which Article
 * 9.1 keeps out of Q&A, for the board to decide. The phrases are data (seed/qa.json). They match as
 * whole words, spelled with their diacritics or typed without any ("khieu nai" from a phone), but a
 * different word that only folds alike ("tổ cao niên") does not count.
 */
public final class ComplaintFlagger {

    private final List<Rule> rules;

    private record Rule(String phrase, String exact, Pattern folded) {}

    public ComplaintFlagger(List<String> phrases) {
        List<Rule> compiled = new ArrayList<>();
        for (String phrase : phrases) {
            String clean = Text.clean(phrase);
            if (clean != null) {
                String words = Pattern.quote(Folding.foldKeepingLength(clean)).replace(" ", "\\E\\s+\\Q");
                Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])");
                compiled.add(new Rule(clean, clean.toLowerCase(Locale.ROOT), pattern));
            }
        }
        this.rules = List.copyOf(compiled);
    }

    /** The phrases of the rule list found in the texts, in list order; empty when none. */
    public Set<String> matches(String... texts) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            String nfc = text == null ? "" : Text.nfc(text);
            String folded = Folding.foldKeepingLength(nfc);
            rules.stream().filter(rule -> occursIn(rule, nfc, folded)).forEach(rule -> found.add(rule.phrase()));
        }
        return found;
    }

    private static boolean occursIn(Rule rule, String nfc, String folded) {
        Matcher match = rule.folded().matcher(folded);
        while (match.find()) {
            String written = nfc.substring(match.start(), match.end());
            String spaced = written.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (spaced.equals(rule.exact()) || Folding.isUnaccented(written)) {
                return true;
            }
        }
        return false;
    }
}
