package vn.egov.portal.eservice.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.egov.portal.platform.document.control.Cell;
import vn.egov.portal.platform.document.control.Document;
import vn.egov.portal.platform.document.control.Table;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;

/**
 * The receipt of a dossier as a document (giấy tiếp nhận hồ sơ và hẹn trả kết quả): the dossier
 * code, the procedure, the agency, when the portal received it, the appointment date, the files
 * received by component, how to track it, and the applicant's name. Labels in Vietnamese with the
 * English after them, since the applicant may not read the language the form was sent in. It goes
 * only to the holder of the secret and is never kept, cached or logged.
 */
public final class ReceiptDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final Locale VI = Language.VIETNAMESE.locale();
    private static final Locale EN = Language.ENGLISH.locale();

    private ReceiptDocument() {}

    /** One file received: the component's number and name, the file's name as it was sent. */
    public record Received(int component, String componentName, String fileName, boolean supplement) {}

    /**
     * What the receipt says. {@code dueDate} is null while the clock is stopped (a supplement is
     * awaited); {@code remainingDays} is then the working days left. {@code applicantName} is null
     * once the particulars were erased, and the files are gone with them.
     */
    public record Facts(
            String code,
            String procedureCode,
            String procedureName,
            String agencyName,
            String applicantName,
            Instant receivedAt,
            int processingDays,
            LocalDate dueDate,
            Integer remainingDays,
            List<Received> files,
            String trackingAddress,
            String siteName) {

        public Facts {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(receivedAt, "receivedAt");
            files = List.copyOf(files);
        }
    }

    /** The file name the receipt goes out under, without the format's extension. */
    public static String fileName(String code) {
        return PortalMessages.get(VI, "eservice.receipt.fileName", code);
    }

    public static Document of(Facts facts, ZoneId zone, Instant at) {
        String title = PortalMessages.get(VI, "eservice.receipt.title");
        Table.Builder table = Table.widths(1, 6, 6).header(label("number"), label("component"), label("file"));
        for (Received file : facts.files()) {
            table.row(
                    Cell.number(file.component()),
                    Cell.text(file.componentName()),
                    Cell.text(
                            file.supplement() ? file.fileName() + " (" + label("supplement") + ")" : file.fileName()));
        }
        return Document.titled(title, Language.VIETNAMESE, at)
                .author(facts.agencyName())
                .subject(facts.code())
                .heading(title)
                .paragraph(PortalMessages.get(EN, "eservice.receipt.title"))
                .fields(f -> f.field(label("code"), facts.code())
                        .field(label("procedure"), facts.procedureCode() + " – " + facts.procedureName())
                        .field(label("agency"), facts.agencyName())
                        .field(
                                label("applicant"),
                                facts.applicantName() == null ? label("erased") : facts.applicantName())
                        .field(
                                label("receivedAt"),
                                TIME.format(facts.receivedAt().atZone(zone)))
                        .field(label("processingDays"), String.valueOf(facts.processingDays()))
                        .field(label("due"), due(facts)))
                .heading(2, label("files"))
                .table(table.build())
                .heading(2, label("tracking"))
                .paragraph(both("eservice.receipt.trackingText", facts.code(), facts.trackingAddress()))
                .paragraph(both("eservice.receipt.keep"))
                .footer(PortalMessages.get(VI, "eservice.receipt.footer", facts.code(), facts.siteName()))
                .build();
    }

    private static String due(Facts facts) {
        if (facts.dueDate() != null) {
            return DAY.format(facts.dueDate());
        }
        int left = facts.remainingDays() == null ? 0 : facts.remainingDays();
        return both("eservice.receipt.stopped", left);
    }

    /** "Mã hồ sơ / Dossier code": the Vietnamese label, then the English. */
    private static String label(String key) {
        return both("eservice.receipt." + key);
    }

    private static String both(String key, Object... arguments) {
        String vi = PortalMessages.get(VI, key, arguments);
        String en = PortalMessages.get(EN, key, arguments);
        return vi.equals(en) ? vi : vi + " / " + en;
    }
}
