package vn.egov.portal.report.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.RoyaltyFigures;
import vn.egov.portal.report.entity.ReportState;

/**
 * One author's statement in a kept royalty report: which report and version it comes from, the
 * author (the {@code number}th in the report's summary), the works with their site, and the total.
 */
public record RoyaltyStatement(
        long reportId,
        String period,
        int version,
        ReportState state,
        Instant createdAt,
        int number,
        String author,
        BigDecimal total,
        List<Work> works) {

    /** A line of the statement, as the ledger fixed it at the work's first publication. */
    public record Work(String title, String site, String publishedOn, BigDecimal sharePercent, BigDecimal amount) {}

    static RoyaltyStatement of(ReportView report, int number, Figures.Section statement) {
        List<String> values = statement.valueColumns();
        return new RoyaltyStatement(
                report.id(),
                report.period(),
                report.number(),
                report.state(),
                report.createdAt(),
                number,
                statement.rows().get(0).labels().get(0),
                RoyaltyFigures.total(statement),
                statement.rows().stream()
                        .map(row -> new Work(
                                row.labels().get(1),
                                row.labels().get(2),
                                row.labels().get(3),
                                row.values().get(values.indexOf(RoyaltyFigures.SHARE)),
                                row.values().get(values.indexOf(RoyaltyFigures.AMOUNT))))
                        .toList());
    }
}
