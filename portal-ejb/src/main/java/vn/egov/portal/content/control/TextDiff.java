package vn.egov.portal.content.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The difference between two revisions, as the longest common subsequence of their lines (bodies) or
 * words (titles, summaries). Revisions are a few hundred lines at most, so the quadratic table is fine.
 */
public final class TextDiff {

    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    public record Part(Kind kind, String text) {}

    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|li|h[1-6]|tr|blockquote|div)>|<br\\s*/?>|\\n");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private TextDiff() {}

    /** Line by line, after turning rich text into one line per paragraph, item or heading. */
    public static List<Part> lines(String before, String after) {
        return diff(paragraphs(before), paragraphs(after));
    }

    /** Word by word, for short fields. */
    public static List<Part> words(String before, String after) {
        return diff(split(before), split(after));
    }

    static List<String> paragraphs(String html) {
        if (html == null) {
            return List.of();
        }
        return Arrays.stream(BLOCK_END.split(html))
                .map(line -> TAG.matcher(line).replaceAll("").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }

    static List<Part> diff(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                parts.add(new Part(Kind.SAME, a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                parts.add(new Part(Kind.REMOVED, a.get(i++)));
            } else {
                parts.add(new Part(Kind.ADDED, b.get(j++)));
            }
        }
        a.subList(i, a.size()).forEach(line -> parts.add(new Part(Kind.REMOVED, line)));
        b.subList(j, b.size()).forEach(line -> parts.add(new Part(Kind.ADDED, line)));
        return Collections.unmodifiableList(parts);
    }

    public static boolean changed(List<Part> parts) {
        return parts.stream().anyMatch(part -> part.kind() != Kind.SAME);
    }
}
