package vn.egov.portal.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.document.control.DocumentFormat;
import vn.egov.portal.platform.document.control.GeneratedDocument;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.report.control.FiguresJson;
import vn.egov.portal.report.control.ReportDocument;
import vn.egov.portal.report.control.ReportPeriod;
import vn.egov.portal.report.entity.Report;
import vn.egov.portal.report.entity.ReportKind;

/**
 * The kept reports, for the board and the operators: listed newest first, read with their figures,
 * and their files (PDF, ODS, CSV) written from the stored figures when asked for. Published
 * statistics, for everybody, are {@link PublicStatistics}.
 */
@Stateless
@RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.BATCH_OPERATOR, Roles.SYSADMIN})
public class ReportArchive {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    /**
     * The reports of a kind and period (either may be empty: all), newest first. A period that has
     * not ended has no report and is refused on {@code period}, like a malformed one.
     */
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.BATCH_OPERATOR, Roles.SYSADMIN})
    public ResultPage<ReportView> list(String kind, String period, PageRequest page) {
        ReportKind wanted = kind(kind);
        String text = period == null || period.isBlank()
                ? null
                : ReportPeriod.ended(period, clock, config.zone()).text();
        long total = em.createNamedQuery(Report.COUNT, Long.class)
                .setParameter("kind", wanted)
                .setParameter("period", text)
                .getSingleResult();
        return ResultPage.of(
                page,
                em
                        .createNamedQuery(Report.LIST, Report.class)
                        .setParameter("kind", wanted)
                        .setParameter("period", text)
                        .setFirstResult(page.offset())
                        .setMaxResults(page.size())
                        .getResultList()
                        .stream()
                        .map(report -> ReportView.of(report, FiguresJson.read(report.getData())))
                        .toList(),
                total);
    }

    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.BATCH_OPERATOR, Roles.SYSADMIN})
    public ReportView find(long id) {
        Report report = report(id);
        return ReportView.of(report, FiguresJson.read(report.getData()));
    }

    /** The report as a file of {@code format}, written from its stored figures. */
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.BATCH_OPERATOR, Roles.SYSADMIN})
    public GeneratedDocument file(long id, DocumentFormat format) {
        Report report = report(id);
        return GeneratedDocument.of(
                ReportDocument.of(
                        report.getKind(),
                        report.getNumber(),
                        FiguresJson.read(report.getData()),
                        report.getCreatedAt(),
                        config.zone()),
                format,
                ReportDocument.fileName(report.getKind(), report.getPeriod(), report.getNumber()));
    }

    private Report report(long id) {
        Report report = em.find(Report.class, id);
        if (report == null) {
            throw new NotFoundException("report", id);
        }
        return report;
    }

    static ReportKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return ReportKind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("kind", "report.error.kind");
        }
    }
}
