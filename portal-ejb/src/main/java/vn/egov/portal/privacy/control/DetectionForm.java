package vn.egov.portal.privacy.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text folded the way a person would read it, before personal data is looked for in it: full-width
 * digits and letters become ASCII (０９１２ is 0912), zero-width characters and soft hyphens that split
 * a number vanish, every kind of space is a space, "(+84)" is "+84", and an address written "hoa [at]
 * example (dot) org" reads "hoa@example.org". Each folded character remembers where it came from, so
 * what is found is redacted in the original text, exactly where the person typed it.
 */
final class DetectionForm {

    private static final Pattern AT = Pattern.compile("(?iu)\\s*[\\[({<]\\s*(at|a còng)\\s*[\\])}>]\\s*|\\s+@\\s+");
    private static final Pattern DOT = Pattern.compile("(?iu)\\s*[\\[({<]\\s*(dot|chấm)\\s*[\\])}>]\\s*");
    private static final Pattern COUNTRY_CODE = Pattern.compile("\\(\\s*\\+\\s*84\\s*\\)");

    private final String text;
    /** For each folded character, the original range [from[i], to[i]) it stands for. */
    private final int[] from;

    private final int[] to;

    private DetectionForm(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    static DetectionForm of(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        List<int[]> origins = new ArrayList<>(original.length());
        for (int i = 0; i < original.length(); ) {
            int codePoint = original.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            String replacement = fold(codePoint, original.substring(i, next));
            for (int k = 0; k < replacement.length(); k++) {
                folded.append(replacement.charAt(k));
                origins.add(new int[] {i, next});
            }
            i = next;
        }
        DetectionForm form = new DetectionForm(
                folded.toString(),
                origins.stream().mapToInt(range -> range[0]).toArray(),
                origins.stream().mapToInt(range -> range[1]).toArray());
        return form.replace(COUNTRY_CODE, "+84").replace(AT, "@").replace(DOT, ".");
    }

    private static String fold(int codePoint, String original) {
        if (codePoint == 0x200B
                || codePoint == 0x200C
                || codePoint == 0x200D
                || codePoint == 0x2060
                || codePoint == 0xFEFF
                || codePoint == 0x00AD) {
            return "";
        }
        if (Character.getType(codePoint) == Character.SPACE_SEPARATOR) {
            return " ";
        }
        if (codePoint >= 0xFF01 && codePoint <= 0xFF5E) {
            return Normalizer.normalize(original, Normalizer.Form.NFKC);
        }
        return original;
    }

    /**
     * Every match replaced by the given text; the replacement stands for the whole matched range. A
     * replacement is never longer than the shortest text its pattern matches, so the text only shrinks.
     */
    private DetectionForm replace(Pattern pattern, String replacement) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return this;
        }
        StringBuilder folded = new StringBuilder(text.length());
        int[] newFrom = new int[text.length()];
        int[] newTo = new int[text.length()];
        int kept = 0;
        int copied = 0;
        do {
            for (int i = copied; i < matcher.start(); i++, kept++) {
                folded.append(text.charAt(i));
                newFrom[kept] = from[i];
                newTo[kept] = to[i];
            }
            for (int k = 0; k < replacement.length(); k++, kept++) {
                folded.append(replacement.charAt(k));
                newFrom[kept] = from[matcher.start()];
                newTo[kept] = to[matcher.end() - 1];
            }
            copied = matcher.end();
        } while (matcher.find());
        for (int i = copied; i < text.length(); i++, kept++) {
            folded.append(text.charAt(i));
            newFrom[kept] = from[i];
            newTo[kept] = to[i];
        }
        return new DetectionForm(
                folded.toString(), java.util.Arrays.copyOf(newFrom, kept), java.util.Arrays.copyOf(newTo, kept));
    }

    String text() {
        return text;
    }

    /** A finding in the folded text, placed on the original text it came from. */
    PiiFinding inOriginal(PiiFinding folded, String original) {
        int start = from[folded.start()];
        int end = to[folded.end() - 1];
        return new PiiFinding(folded.kind(), start, end, original.substring(start, end));
    }
}
