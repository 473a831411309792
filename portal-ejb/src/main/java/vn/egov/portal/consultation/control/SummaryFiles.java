package vn.egov.portal.consultation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.media.control.FileRules;
import vn.egov.portal.platform.document.control.Document;
import vn.egov.portal.platform.document.control.DocumentFormat;
import vn.egov.portal.platform.document.control.GeneratedDocument;

/**
 * Writes the published summary of responses as PDF (Vietnamese font embedded), ODT and CSV and keeps
 * them with the consultation through the file store, in the transaction that publishes it; called by
 * the boundary that publishes and by the demo data, so both make the same files.
 */
@Dependent
public class SummaryFiles {

    /** Generated summaries: PDF, ODT and CSV up to 20 MB each, public like the consultation. */
    static final FileRules RULES = FileRules.generated("lay-y-kien-tong-hop", 20L << 20);

    private static final List<DocumentFormat> FORMATS =
            List.of(DocumentFormat.PDF, DocumentFormat.ODT, DocumentFormat.CSV);

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    public void publish(Consultation consultation, List<SummaryTable.Row> rows) {
        Document document = SummaryDocument.of(consultation, rows, clock.getZone(), consultation.getSummarisedAt());
        String name = "Bản tổng hợp ý kiến " + consultation.getSlug();
        for (DocumentFormat format : FORMATS) {
            consultation.keepSummary(
                    files.keep(RULES, GeneratedDocument.of(document, format, name)), consultation.getSummarisedAt());
        }
    }
}
