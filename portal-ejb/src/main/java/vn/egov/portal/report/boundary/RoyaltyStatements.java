package vn.egov.portal.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.document.control.DocumentFormat;
import vn.egov.portal.platform.document.control.GeneratedDocument;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.ReportDocument;
import vn.egov.portal.report.control.RoyaltyFigures;
import vn.egov.portal.report.entity.Report;
import vn.egov.portal.report.entity.ReportKind;

/**
 * The authors' statements in the kept royalty reports (the {@code royalty-statement} job's), one at
 * a time: as data and as a file of one author's works. Authors' pay, so only for the readers of
 * the royalty ledger's statement; the report itself is read through {@link ReportArchive}, which
 * refuses everybody else. A statement is named by its place in the report's summary (from 1), never
 * by the author's account, so no account reaches an address or a log.
 */
@Stateless
@RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SYSADMIN})
public class RoyaltyStatements {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportArchive archive;

    @Inject
    PortalConfig config;

    /** An author's line in a kept report's summary, with the statement's number. */
    public record AuthorTotal(int number, String author, BigDecimal works, BigDecimal total) {}

    /** A month's current royalty report and its authors, for the console. */
    public record Kept(ReportView report, List<AuthorTotal> authors) {}

    /** Author {@code number}'s statement in report {@code reportId}; 404 past the end or on a report of another kind. */
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SYSADMIN})
    public RoyaltyStatement statement(long reportId, int number) {
        ReportView report = royaltyReport(reportId);
        return RoyaltyStatement.of(report, number, section(report, number));
    }

    /** Author {@code number}'s statement as a file of {@code format}, written from the stored figures. */
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SYSADMIN})
    public GeneratedDocument file(long reportId, int number, DocumentFormat format) {
        ReportView report = royaltyReport(reportId);
        Figures own = new Figures(report.period(), List.of(section(report, number)));
        return GeneratedDocument.of(
                ReportDocument.of(report.kind(), report.number(), own, report.createdAt(), config.zone()),
                format,
                ReportDocument.fileName(report.kind(), report.period(), report.number()) + " - " + number);
    }

    /** The month's current royalty report with its authors, if the job has stored one. */
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SYSADMIN})
    public Optional<Kept> findCurrent(YearMonth month) {
        return em.createNamedQuery(Report.OF_PERIOD, Report.class)
                .setParameter("kind", ReportKind.ROYALTY_STATEMENT)
                .setParameter("period", month.toString())
                .getResultStream()
                .filter(Report::isCurrent)
                .findFirst()
                .map(current -> archive.find(current.getId()))
                .map(report -> new Kept(report, authors(report.figures())));
    }

    private static List<AuthorTotal> authors(Figures figures) {
        Figures.Section summary = figures.section(RoyaltyFigures.SUMMARY);
        return IntStream.range(0, summary.rows().size())
                .mapToObj(i -> {
                    Figures.Row row = summary.rows().get(i);
                    return new AuthorTotal(
                            i + 1,
                            row.labels().get(0),
                            row.values().get(summary.valueColumns().indexOf(RoyaltyFigures.WORKS)),
                            row.values().get(summary.valueColumns().indexOf(RoyaltyFigures.TOTAL)));
                })
                .toList();
    }

    private ReportView royaltyReport(long reportId) {
        ReportView report = archive.find(reportId);
        if (report.kind() != ReportKind.ROYALTY_STATEMENT) {
            throw new NotFoundException("royalty report", reportId);
        }
        return report;
    }

    private static Figures.Section section(ReportView report, int number) {
        return RoyaltyFigures.statement(report.figures(), number)
                .orElseThrow(() -> new NotFoundException("royalty statement", number));
    }
}
