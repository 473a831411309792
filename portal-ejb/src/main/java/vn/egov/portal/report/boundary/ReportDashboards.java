package vn.egov.portal.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.FiguresJson;
import vn.egov.portal.report.control.ReportTrends;
import vn.egov.portal.report.entity.Report;
import vn.egov.portal.report.entity.ReportKind;

/**
 * A report's dashboard, for the same readers as {@link ReportArchive}: the report with its figures
 * and, for a monthly report, the trends of the twelve months ending at its month from the current
 * monthly reports of those months. The report's own month is the report asked for, even a
 * superseded one, so the dashboard says what that report says. Other kinds have no charts yet.
 */
@Stateless
@RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.BATCH_OPERATOR, Roles.SYSADMIN})
public class ReportDashboards {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportArchive archive;

    /** Report {@code id}'s dashboard; an unknown id is a 404. */
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.BATCH_OPERATOR, Roles.SYSADMIN})
    public ReportDashboard dashboard(long id) {
        ReportView report = archive.find(id);
        if (report.kind() != ReportKind.MONTHLY) {
            return new ReportDashboard(report, null);
        }
        YearMonth month = YearMonth.parse(report.period());
        List<YearMonth> months = ReportTrends.months(month);
        Map<YearMonth, Figures> reported = new HashMap<>();
        em.createNamedQuery(Report.CURRENT_OF_PERIODS, Report.class)
                .setParameter("kind", ReportKind.MONTHLY)
                .setParameter(
                        "periods", months.stream().map(YearMonth::toString).toList())
                .getResultList()
                .forEach(each -> reported.put(YearMonth.parse(each.getPeriod()), FiguresJson.read(each.getData())));
        reported.put(month, report.figures());
        return new ReportDashboard(report, ReportTrends.of(month, reported));
    }
}
