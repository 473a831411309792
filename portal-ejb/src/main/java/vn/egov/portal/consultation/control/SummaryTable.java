package vn.egov.portal.consultation.control;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.consultation.entity.AnswerVerdict;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.DraftPart;
import vn.egov.portal.platform.i18n.control.PortalMessages;

/**
 * The table of the summary of responses (bản tổng hợp, tiếp thu, giải trình ý kiến): part of the
 * draft → comment, or campaign with its number of copies → the agency's answer. One row per group,
 * in the order of the parts (the whole draft first), so the page, the files and the API say the same.
 */
public final class SummaryTable {

    /** One row; {@code verdict} and {@code explanation} are null while the group is not answered. */
    public record Row(
            int partPosition,
            String part,
            String comment,
            int copies,
            String commenter,
            AnswerVerdict verdict,
            String explanation) {

        public boolean isAnswered() {
            return verdict != null;
        }
    }

    private SummaryTable() {}

    /**
     * Rows from the groups of published comments (each a list, its first comment the one shown); a
     * group's answer is its first comment's, which every copy carries. Labels in {@code locale}.
     */
    public static List<Row> of(List<List<Comment>> groups, Locale locale) {
        return groups.stream()
                .filter(group -> !group.isEmpty())
                .map(group -> row(group, locale))
                .sorted(Comparator.comparingInt(Row::partPosition))
                .toList();
    }

    /** How many groups still wait for an answer. */
    public static long unanswered(List<Row> rows) {
        return rows.stream().filter(row -> !row.isAnswered()).count();
    }

    private static Row row(List<Comment> group, Locale locale) {
        Comment first = group.get(0);
        DraftPart part = first.getPart();
        return new Row(
                part == null ? 0 : part.getPosition(),
                label(part, locale),
                first.getBody(),
                group.size(),
                group.size() > 1 ? null : first.getPublicName(),
                first.getVerdict(),
                first.getAnswer());
    }

    /** "Điều 3. Đối tượng áp dụng", or "Toàn bộ dự thảo" for a comment on the whole draft. */
    public static String label(DraftPart part, Locale locale) {
        if (part == null) {
            return PortalMessages.get(locale, "consultation.form.wholeDraft");
        }
        String kind =
                PortalMessages.get(locale, "consultation.kind." + part.getKind().name());
        String number = part.getNumber() == null || part.getNumber().isBlank() ? "" : " " + part.getNumber();
        String heading = part.getHeading() == null || part.getHeading().isBlank() ? "" : ". " + part.getHeading();
        return kind + number + heading;
    }
}
