package vn.egov.portal.report.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.report.control.ReportPeriod;
import vn.egov.portal.report.entity.ReportKind;
import vn.egov.portal.setup.boundary.DemoDataset;
import vn.egov.portal.setup.boundary.DemoHistory;

/**
 * The agency evaluations of the demo's past quarters (those whose three months all lie in the
 * demo's history), scored as the agency-evaluation job scores them with the configured weights, so
 * the console shows a ranking and its dashboard the moment the demo starts.
 */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
public class EvaluationDemoData implements DemoDataset {

    @Inject
    ReportRuns runs;

    @Inject
    EvaluationSettings settings;

    @Inject
    DemoHistory history;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Override
    public String key() {
        return "demo.report.evaluation.v1";
    }

    /** After the demo's history (90), its page views (91) and the monthly reports (95). */
    @Override
    public int order() {
        return 96;
    }

    @Override
    public void load() {
        LocalDate earliest = YearMonth.now(clock.withZone(config.zone()))
                .minusMonths(history.months() - 1L)
                .atDay(1);
        Deque<ReportPeriod> quarters = new ArrayDeque<>();
        for (ReportPeriod quarter = ReportPeriod.previousQuarter(clock, config.zone());
                !quarter.first().isBefore(earliest);
                quarter = ReportPeriod.quarterOf(quarter.first().minusMonths(3))) {
            quarters.push(quarter);
        }
        // Oldest first, as the job would have stored them quarter after quarter.
        for (ReportPeriod quarter : quarters) {
            runs.store(ReportKind.AGENCY_EVALUATION, runs.agencyEvaluation(quarter.text(), settings.weights()));
        }
    }
}
