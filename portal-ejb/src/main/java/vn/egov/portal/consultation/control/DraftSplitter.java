package vn.egov.portal.consultation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.portal.consultation.entity.PartKind;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * Splits the text of a draft into its Chương, Mục, Điều and Khoản, the way drafts are written:
 * "Chương I" (its title on the same or the next line), "Mục 2", "Điều 3." and, inside an article,
 * clauses "1.", "2.". Points ("a)", "b)") stay in their clause. Text before the first part (the
 * preamble, the legal bases) is not a part of its own; it stays with the draft. A text in which no
 * chapter and no article is found cannot be split: it comes back as one WHOLE part holding all of
 * it, so nothing is ever lost, and {@link Result#split()} says so.
 */
public final class DraftSplitter {

    private static final Pattern CHAPTER = Pattern.compile("^(?:CHƯƠNG|Chương)\\s+([IVXLCDM]+|\\d+)\\b[.:]?\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^(?:MỤC|Mục)\\s+(\\d+)\\b[.:]?\\s*(.*)$");
    private static final Pattern ARTICLE = Pattern.compile("^(?:ĐIỀU|Điều)\\s+(\\d+[a-zđ]?)\\s*[.:]\\s*(.*)$");
    private static final Pattern CLAUSE = Pattern.compile("^(\\d{1,3})\\.\\s+(.+)$");

    /** The parts in reading order, and whether the text could be split at all. */
    public record Result(List<SplitPart> parts, boolean split) {

        public Result {
            parts = List.copyOf(parts);
        }
    }

    private DraftSplitter() {}

    public static Result split(String draft) {
        String text = Text.nfc(draft == null ? "" : draft).replace("\r\n", "\n").replace('\r', '\n');
        List<Builder> found = new ArrayList<>();
        Builder current = null;
        boolean inArticle = false;
        boolean chapterAwaitsTitle = false;
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            Matcher m;
            if ((m = CHAPTER.matcher(line)).matches()) {
                current = add(found, PartKind.CHAPTER, m);
                inArticle = false;
                chapterAwaitsTitle = current.heading.isEmpty();
            } else if ((m = SECTION.matcher(line)).matches()) {
                current = add(found, PartKind.SECTION, m);
                inArticle = false;
                chapterAwaitsTitle = current.heading.isEmpty();
            } else if ((m = ARTICLE.matcher(line)).matches()) {
                current = add(found, PartKind.ARTICLE, m);
                inArticle = true;
                chapterAwaitsTitle = false;
            } else if (inArticle && (m = CLAUSE.matcher(line)).matches()) {
                current = add(found, PartKind.CLAUSE, m);
                current.body.append(current.heading);
                current.heading = "";
            } else if (current != null && !line.isEmpty()) {
                if (chapterAwaitsTitle) {
                    current.heading = line;
                    chapterAwaitsTitle = false;
                } else {
                    current.line(line);
                }
            }
        }
        boolean structured = found.stream().anyMatch(b -> b.kind == PartKind.CHAPTER || b.kind == PartKind.ARTICLE);
        if (!structured) {
            String whole = text.strip();
            return new Result(
                    whole.isEmpty() ? List.of() : List.of(new SplitPart(PartKind.WHOLE, "", "", whole)), false);
        }
        return new Result(found.stream().map(Builder::build).toList(), true);
    }

    private static Builder add(List<Builder> found, PartKind kind, Matcher m) {
        Builder part = new Builder(kind, m.group(1), m.group(2).strip());
        found.add(part);
        return part;
    }

    private static final class Builder {
        private final PartKind kind;
        private final String number;
        private String heading;
        private final StringBuilder body = new StringBuilder();

        Builder(PartKind kind, String number, String heading) {
            this.kind = kind;
            this.number = number;
            this.heading = heading;
        }

        void line(String line) {
            if (!body.isEmpty()) {
                body.append('\n');
            }
            body.append(line);
        }

        SplitPart build() {
            return new SplitPart(kind, number, heading, body.toString());
        }
    }
}
