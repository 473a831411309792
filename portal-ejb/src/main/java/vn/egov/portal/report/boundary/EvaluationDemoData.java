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
        YearMonth now = YearMonth.now(clock.withZone(config.zone()));
        YearMonth earliest = now.minusMonths(history.months() - 1L);
        for (YearMonth first = earliest;
                !first.plusMonths(2).isAfter(now.minusMonths(1));
                first = first.plusMonths(1)) {
            if ((first.getMonthValue() - 1) % 3 == 0) {
                String quarter = first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
                runs.store(ReportKind.AGENCY_EVALUATION, runs.agencyEvaluation(quarter, settings.weights()));
            }
        }
    }
}
