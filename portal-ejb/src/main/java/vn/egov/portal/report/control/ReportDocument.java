package vn.egov.portal.report.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.platform.document.control.Cell;
import vn.egov.portal.platform.document.control.Document;
import vn.egov.portal.platform.document.control.Table;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.report.entity.ReportKind;

/**
 * A stored report written as a document, from its stored figures: one table per section, every
 * label in Vietnamese and then English ("Cơ quan / Agency"). One model for the PDF, ODS and CSV.
 */
public final class ReportDocument {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final Locale VI = Language.VIETNAMESE.locale();
    private static final Locale EN = Language.ENGLISH.locale();

    private ReportDocument() {}

    public static Document of(ReportKind kind, int number, Figures figures, Instant created, ZoneId zone) {
        String title = both("report.kind." + kind.name()) + " " + figures.period();
        Document.Builder document = Document.titled(title, Language.VIETNAMESE, created)
                .author(both("report.author"))
                .subject(title)
                .heading(title)
                .fields(f -> f.field(both("report.field.period"), figures.period())
                        .field(both("report.field.version"), String.valueOf(number))
                        .field(both("report.field.created"), WHEN.format(created.atZone(zone))));
        for (Figures.Section section : figures.sections()) {
            int columns = section.labelColumns().size() + section.valueColumns().size();
            int[] widths = new int[columns];
            List<String> header = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                boolean label = i < section.labelColumns().size();
                widths[i] = label ? 4 : 2;
                header.add(both("report.column."
                        + (label
                                ? section.labelColumns().get(i)
                                : section.valueColumns()
                                        .get(i - section.labelColumns().size()))));
            }
            Table.Builder table = Table.widths(widths).header(header.toArray(String[]::new));
            for (Figures.Row row : section.rows()) {
                List<Cell> cells = new ArrayList<>();
                row.labels().forEach(label -> cells.add(Cell.text(label)));
                row.values().forEach(value -> cells.add(Cell.number(value)));
                table.row(cells);
            }
            document.heading(both("report.section." + section.key()));
            if (section.rows().isEmpty()) {
                document.paragraph(both("report.section.empty"));
            } else {
                document.table(table.build());
            }
        }
        return document.footer(title).build();
    }

    /** The file name's stem: "Bao cao thang 2026-11 v1" in Vietnamese. */
    public static String fileName(ReportKind kind, String period, int number) {
        return PortalMessages.get(VI, "report.kind." + kind.name()) + " " + period + " v" + number;
    }

    private static String both(String key) {
        return PortalMessages.get(VI, key) + " / " + PortalMessages.get(EN, key);
    }
}
