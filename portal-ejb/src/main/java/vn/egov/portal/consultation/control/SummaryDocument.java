package vn.egov.portal.consultation.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.platform.document.control.Cell;
import vn.egov.portal.platform.document.control.Document;
import vn.egov.portal.platform.document.control.Table;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;

/**
 * The summary of responses as a document (bản tổng hợp, tiếp thu, giải trình ý kiến): the consultation,
 * its agency and period, then the table part → comment (or campaign with its copies) → answer, in
 * Vietnamese, the language of the draft and its answers. One model, written as PDF, ODT and CSV.
 */
public final class SummaryDocument {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final Locale VI = Language.VIETNAMESE.locale();

    private SummaryDocument() {}

    public static Document of(Consultation consultation, List<SummaryTable.Row> rows, ZoneId zone, Instant at) {
        Table.Builder table = Table.widths(1, 4, 8, 2, 3, 8)
                .header(
                        text("summary.number"),
                        text("summary.part"),
                        text("summary.comment"),
                        text("summary.copies"),
                        text("summary.verdict"),
                        text("summary.explanation"));
        int n = 1;
        for (SummaryTable.Row row : rows) {
            table.row(
                    Cell.number(n++),
                    Cell.text(row.part()),
                    Cell.text(row.comment()),
                    Cell.number(row.copies()),
                    Cell.text(row.isAnswered() ? text("verdict." + row.verdict().name()) : ""),
                    Cell.text(row.explanation() == null ? "" : row.explanation()));
        }
        String agency = consultation.getLeadAgency().getName().in(VI);
        return Document.titled(text("summary.title"), Language.VIETNAMESE, at)
                .author(agency)
                .subject(consultation.getTitle())
                .heading(consultation.getTitle())
                .fields(f -> f.field(text("leadAgency"), agency)
                        .field(
                                text("period"),
                                WHEN.format(consultation.getOpensAt().atZone(zone)) + " – "
                                        + WHEN.format(consultation.getClosesAt().atZone(zone)))
                        .field(text("summary.published"), WHEN.format(at.atZone(zone)))
                        .field(text("summary.rows"), String.valueOf(rows.size())))
                .table(table.build())
                .footer(text("summary.title") + " – " + consultation.getTitle())
                .build();
    }

    private static String text(String key) {
        return PortalMessages.get(VI, "consultation." + key);
    }
}
