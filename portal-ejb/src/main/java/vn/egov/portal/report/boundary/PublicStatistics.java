package vn.egov.portal.report.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.FiguresJson;
import vn.egov.portal.report.entity.PublishedStatistics;
import vn.egov.portal.report.entity.Report;

/**
 * Published statistics, for everybody (issue 16: "published statistics are public"): the reports of
 * which the board published something and whose statistics article has gone out, each with only
 * those sections. A report with nothing public does not exist here (404, never a 403 that would say
 * it does).
 */
@Stateless
@PermitAll
public class PublicStatistics {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    /** Published reports of a kind and period (either empty: all), newest first; bad ones are a 400. */
    @PermitAll
    public ResultPage<ReportView> list(String kind, String period, PageRequest page) {
        return ReportLists.page(
                em,
                PublishedStatistics.PUBLIC_REPORTS,
                PublishedStatistics.PUBLIC_COUNT,
                kind,
                period,
                page,
                clock,
                config.zone(),
                this::published);
    }

    /** The published sections of report {@code id}; 404 when nothing of it is public. */
    @PermitAll
    public ReportView find(long id) {
        Report report = em.find(Report.class, id);
        if (report == null || publicSections(id).isEmpty()) {
            throw new NotFoundException("published statistics", id);
        }
        return published(report);
    }

    private ReportView published(Report report) {
        List<String> keys = publicSections(report.getId());
        Figures all = FiguresJson.read(report.getData());
        return ReportView.of(
                report,
                new Figures(
                        all.period(),
                        all.sections().stream()
                                .filter(section -> keys.contains(section.key()))
                                .toList()));
    }

    private List<String> publicSections(long reportId) {
        return em
                .createNamedQuery(PublishedStatistics.OF_REPORT, PublishedStatistics.class)
                .setParameter("report", reportId)
                .getResultList()
                .stream()
                .filter(PublishedStatistics::isPublic)
                .flatMap(decision -> decision.getSections().stream())
                .toList();
    }
}
