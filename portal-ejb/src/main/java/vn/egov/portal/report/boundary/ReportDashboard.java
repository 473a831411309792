package vn.egov.portal.report.boundary;

import vn.egov.portal.report.control.ReportTrends;

/** A report and, when its kind has charts, what they draw ({@code trends} is null for a kind without). */
public record ReportDashboard(ReportView report, ReportTrends.Dashboard trends) {

    public boolean charted() {
        return trends != null;
    }
}
