package vn.egov.portal.report.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.report.control.ReportPeriod;
import vn.egov.portal.report.entity.Report;
import vn.egov.portal.report.entity.ReportKind;

/**
 * One page of reports by kind and period, for the archive (every report) and the published
 * statistics (the public ones): the same filter checks, told apart by their pair of named queries.
 */
final class ReportLists {

    private ReportLists() {}

    /**
     * The reports a list and count query find for a kind and period (either empty: all). An unknown
     * kind is refused on {@code kind}; a malformed period or one not yet ended on {@code period}.
     */
    static ResultPage<ReportView> page(
            EntityManager em,
            String listQuery,
            String countQuery,
            String kind,
            String period,
            PageRequest page,
            Clock clock,
            ZoneId zone,
            Function<Report, ReportView> view) {
        ReportKind wanted = kind(kind);
        String text = period == null || period.isBlank()
                ? null
                : ReportPeriod.ended(period, clock, zone).text();
        long total = em.createNamedQuery(countQuery, Long.class)
                .setParameter("kind", wanted)
                .setParameter("period", text)
                .getSingleResult();
        return ResultPage.of(
                page,
                em
                        .createNamedQuery(listQuery, Report.class)
                        .setParameter("kind", wanted)
                        .setParameter("period", text)
                        .setFirstResult(page.offset())
                        .setMaxResults(page.size())
                        .getResultList()
                        .stream()
                        .map(view)
                        .toList(),
                total);
    }

    private static ReportKind kind(String kind) {
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
