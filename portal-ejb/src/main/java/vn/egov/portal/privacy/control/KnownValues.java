package vn.egov.portal.privacy.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the values a person gave about themselves (name, address, e-mail, phone, ID number) again
 * inside a text, however they were typed: without diacritics, in other case, with other spacing in
 * the digits. A name the patterns cannot know is caught this way.
 */
final class KnownValues {

    private static final int SHORTEST = 3;
    private static final Pattern DIGITS_ONLY = Pattern.compile("\\+?[\\d\\s.\\-()]+");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\d[\\d\\s.\\-]*\\d");

    private KnownValues() {}

    static List<PiiFinding> find(String text, Collection<String> values) {
        List<PiiFinding> found = new ArrayList<>();
        String folded = Folding.foldKeepingLength(text);
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            if (DIGITS_ONLY.matcher(value).matches()) {
                found.addAll(digits(text, IdentityNumbers.compact(value)));
            } else {
                found.addAll(words(text, folded, Folding.foldKeepingLength(value.strip())));
            }
        }
        return found;
    }

    private static List<PiiFinding> digits(String text, String wanted) {
        List<PiiFinding> found = new ArrayList<>();
        if (wanted.replace("+", "").length() < SHORTEST) {
            return found;
        }
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            if (IdentityNumbers.compact(run.group()).contains(wanted)) {
                found.add(new PiiFinding(PiiKind.KNOWN_VALUE, run.start(), run.end(), run.group()));
            }
        }
        return found;
    }

    private static List<PiiFinding> words(String text, String folded, String wanted) {
        List<PiiFinding> found = new ArrayList<>();
        String collapsed = wanted.replaceAll("\\s+", " ");
        if (collapsed.length() < SHORTEST) {
            return found;
        }
        Pattern pattern = Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(collapsed).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])");
        Matcher match = pattern.matcher(folded);
        while (match.find()) {
            found.add(new PiiFinding(
                    PiiKind.KNOWN_VALUE, match.start(), match.end(), text.substring(match.start(), match.end())));
        }
        return found;
    }
}
