package vn.egov.portal.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Objects;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.document.control.DocumentFormat;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * One file of a report run (its PDF, ODS or CSV), written when the run was stored and kept by the
 * file store: what the board downloads is what the run produced, whatever later versions of the
 * portal would write from the same figures.
 */
@Entity
@Table(
        name = "report_file",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "ux_report_file_format",
                        columnNames = {"report_id", "document_format"}))
@NamedQuery(
        name = ReportFile.OF_REPORT,
        query = "select f from ReportFile f where f.report.id = :report and f.documentFormat = :format")
public class ReportFile extends PersistentEntity {

    public static final String OF_REPORT = "ReportFile.ofReport";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_format", nullable = false, length = 10)
    private DocumentFormat documentFormat;

    @Embedded
    private StoredFile stored;

    protected ReportFile() {}

    public ReportFile(Report report, DocumentFormat documentFormat, StoredFile stored) {
        this.report = Objects.requireNonNull(report, "report");
        this.documentFormat = Objects.requireNonNull(documentFormat, "documentFormat");
        this.stored = Objects.requireNonNull(stored, "stored");
    }

    public Report getReport() {
        return report;
    }

    public DocumentFormat getDocumentFormat() {
        return documentFormat;
    }

    public StoredFile getStored() {
        return stored;
    }
}
