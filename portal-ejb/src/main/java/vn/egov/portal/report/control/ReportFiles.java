package vn.egov.portal.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.media.control.FileContent;
import vn.egov.portal.media.control.FileRules;
import vn.egov.portal.platform.document.control.Document;
import vn.egov.portal.platform.document.control.DocumentFormat;
import vn.egov.portal.platform.document.control.GeneratedDocument;
import vn.egov.portal.report.entity.Report;
import vn.egov.portal.report.entity.ReportFile;

/**
 * A report run's files: written from its figures when the run is stored and kept by the file store,
 * in the transaction that stores the run (a run that fails keeps no file), and read back as they
 * were written. A run stored before the portal kept files has none; its file is then written from
 * the stored figures, which say the same.
 */
@Dependent
public class ReportFiles {

    /** The formats every run keeps: PDF to print and sign, ODS and CSV to go on with in a spreadsheet. */
    public static final List<DocumentFormat> FORMATS =
            List.of(DocumentFormat.PDF, DocumentFormat.ODS, DocumentFormat.CSV);

    /** Generated reports, up to 50 MB each (a province's year is a few hundred kilobytes). */
    static final FileRules RULES = FileRules.generated("bao-cao", 50L << 20);

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    /** Writes and keeps the run's PDF, ODS and CSV. */
    public void keep(Report report, Figures figures, ZoneId zone) {
        Document document = document(report, figures, zone);
        for (DocumentFormat format : FORMATS) {
            em.persist(new ReportFile(
                    report, format, files.keep(RULES, GeneratedDocument.of(document, format, name(report)))));
        }
    }

    /** The run's file of {@code format}: the kept one, or for an older run, written from its figures. */
    public GeneratedDocument of(Report report, DocumentFormat format, ZoneId zone) {
        List<ReportFile> kept = em.createNamedQuery(ReportFile.OF_REPORT, ReportFile.class)
                .setParameter("report", report.getId())
                .setParameter("format", format)
                .getResultList();
        if (kept.isEmpty()) {
            return GeneratedDocument.of(
                    document(report, FiguresJson.read(report.getData()), zone), format, name(report));
        }
        FileContent content = files.open(kept.get(0).getStored(), null);
        try (InputStream in = content.stream()) {
            return new GeneratedDocument(kept.get(0).getStored().getFileName(), format, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the kept file of report " + report.getId(), e);
        }
    }

    private static Document document(Report report, Figures figures, ZoneId zone) {
        return ReportDocument.of(report.getKind(), report.getNumber(), figures, report.getCreatedAt(), zone);
    }

    private static String name(Report report) {
        return ReportDocument.fileName(report.getKind(), report.getPeriod(), report.getNumber());
    }
}
