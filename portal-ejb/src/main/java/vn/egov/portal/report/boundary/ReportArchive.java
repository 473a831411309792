package vn.egov.portal.report.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.document.control.DocumentFormat;
import vn.egov.portal.platform.document.control.GeneratedDocument;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Phrase;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.FiguresJson;
import vn.egov.portal.report.control.ReportFiles;
import vn.egov.portal.report.control.ReportReaders;
import vn.egov.portal.report.entity.Report;

/**
 * The kept reports, for the board and the operators: listed newest first, read with their figures,
 * and their files (PDF, ODS, CSV) written from the stored figures when asked for. Published
 * statistics, for everybody, are {@link PublicStatistics}. Reading a report's figures also needs
 * to be one of its kind's readers ({@link ReportReaders}: royalty statements are for the board and
 * the system administrator, not the batch operator).
 */
@Stateless
@RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.BATCH_OPERATOR, Roles.SYSADMIN})
public class ReportArchive {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    ReportFiles reportFiles;

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
        return ReportLists.page(
                em,
                Report.LIST,
                Report.COUNT,
                kind,
                period,
                page,
                clock,
                config.zone(),
                report -> ReportView.of(report, figuresFor(report)));
    }

    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.BATCH_OPERATOR, Roles.SYSADMIN})
    public ReportView find(long id) {
        Report report = readable(id);
        return ReportView.of(report, FiguresJson.read(report.getData()));
    }

    /** The report as a file of {@code format}, as its run wrote it. */
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.BATCH_OPERATOR, Roles.SYSADMIN})
    public GeneratedDocument file(long id, DocumentFormat format) {
        return reportFiles.of(readable(id), format, config.zone());
    }

    /** Report {@code id}, refused (403) to a caller who may list it but not read its kind's figures. */
    private Report readable(long id) {
        Report report = em.find(Report.class, id);
        if (report == null) {
            throw new NotFoundException("report", id);
        }
        if (!mayRead(report)) {
            throw new AccessDeniedException(
                    "Not a reader of " + report.getKind() + " reports", Phrase.of("report.error.notReader"));
        }
        return report;
    }

    /** In the list, a report the caller may not read shows that it exists and nothing of its figures. */
    private Figures figuresFor(Report report) {
        return mayRead(report) ? FiguresJson.read(report.getData()) : new Figures(report.getPeriod(), List.of());
    }

    private boolean mayRead(Report report) {
        return ReportReaders.of(report.getKind()).stream().anyMatch(session::isCallerInRole);
    }
}
