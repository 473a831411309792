package vn.egov.portal.report.boundary;

import java.time.Instant;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.entity.Report;
import vn.egov.portal.report.entity.ReportKind;
import vn.egov.portal.report.entity.ReportState;

/** A stored report as its readers see it: what, which period, which run, and its figures. */
public record ReportView(
        long id, ReportKind kind, String period, int number, ReportState state, Instant createdAt, Figures figures) {

    static ReportView of(Report report, Figures figures) {
        return new ReportView(
                report.getId(),
                report.getKind(),
                report.getPeriod(),
                report.getNumber(),
                report.getState(),
                report.getCreatedAt(),
                figures);
    }
}
