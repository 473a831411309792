package vn.egov.portal.report.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.report.entity.ReportKind;
import vn.egov.portal.setup.boundary.DemoDataset;
import vn.egov.portal.setup.boundary.DemoHistory;

/**
 * The board's monthly reports of the demo's past months, computed from the demo's activity as the
 * monthly-report job computes them, so the console's report list and dashboards have a year to show
 * the moment the demo starts. The job itself still runs on schedule and on demand.
 */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
public class ReportDemoData implements DemoDataset {

    @Inject
    ReportRuns runs;

    @Inject
    DemoHistory history;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Override
    public String key() {
        return "demo.report.monthly.v1";
    }

    /** After all activity, the demo's history (90) and its page views (91) included. */
    @Override
    public int order() {
        return 95;
    }

    @Override
    public void load() {
        YearMonth now = YearMonth.now(clock.withZone(config.zone()));
        for (int back = history.months(); back >= 1; back--) {
            runs.store(ReportKind.MONTHLY, runs.monthly(now.minusMonths(back).toString()));
        }
    }
}
