package vn.egov.portal.report.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.report.control.AgencyEvaluation;
import vn.egov.portal.report.control.AgencyRecord;
import vn.egov.portal.report.control.EvaluationWeights;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.FiguresJson;
import vn.egov.portal.report.control.MonthlyActivity;
import vn.egov.portal.report.control.MonthlyFigures;
import vn.egov.portal.report.control.ReportFiles;
import vn.egov.portal.report.control.ReportPeriod;
import vn.egov.portal.report.control.RoyaltyActivity;
import vn.egov.portal.report.control.RoyaltyFigures;
import vn.egov.portal.report.entity.Report;
import vn.egov.portal.report.entity.ReportKind;

/**
 * What the report jobs compute and store, in the job's transactions. {@link #store} is the only
 * way a report comes to exist: in one transaction it supersedes the period's current report and
 * adds the next version, so readers see the old report or the new one, never both or neither; the
 * unique index on kind, period and version turns two concurrent reruns into one version and one
 * failure the batch restart repeats. Only the batch runtime calls it.
 */
@Stateless
// Open to every caller on purpose: only the batch runtime, which runs without a caller, calls it.
@PermitAll
public class ReportRuns {

    private static final Logger LOG = Logger.getLogger(ReportRuns.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MonthlyActivity activity;

    @Inject
    RoyaltyActivity royalties;

    @Inject
    ReportFiles reportFiles;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    /** The month the job covers: the given one when it has ended (400 on {@code period} otherwise), else the last. */
    public ReportPeriod month(String month) {
        if (month == null || month.isBlank()) {
            return ReportPeriod.previousMonth(clock, config.zone());
        }
        ReportPeriod period = ReportPeriod.ended(month, clock, config.zone());
        if (!period.isMonth()) {
            throw InvalidInputException.of(ReportPeriod.FIELD, ReportPeriod.MALFORMED);
        }
        return period;
    }

    /**
     * The quarter or year the agency evaluation covers: the given one when it has ended (a month,
     * a period not yet over or malformed text is a 400 on {@code period}), else the last quarter.
     */
    public ReportPeriod quarterOrYear(String period) {
        if (period == null || period.isBlank()) {
            return ReportPeriod.previousQuarter(clock, config.zone());
        }
        ReportPeriod covered = ReportPeriod.ended(period, clock, config.zone());
        if (covered.isMonth()) {
            throw InvalidInputException.of(ReportPeriod.FIELD, ReportPeriod.QUARTER_OR_YEAR);
        }
        return covered;
    }

    /** Every agency scored and ranked over the quarter or year, from the monthly report's queries over that span. */
    public Figures agencyEvaluation(String period, EvaluationWeights weights) {
        ReportPeriod covered = quarterOrYear(period);
        return AgencyEvaluation.of(covered.text(), weights, AgencyRecord.of(activity.of(covered)));
    }

    /** One section of the monthly report: only that section's queries run (one job partition each). */
    public Figures.Section monthlySection(String month, String section) {
        return activity.section(month(month), section);
    }

    /** Every section of the monthly report, in the report's order. */
    public Figures monthly(String month) {
        ReportPeriod period = month(month);
        return MonthlyFigures.of(period.text(), activity.of(period));
    }

    /** The month's royalty statements, one per author across every site; a month without royalties has none. */
    public Figures royaltyStatements(String month) {
        ReportPeriod period = month(month);
        return RoyaltyFigures.of(period.text(), royalties.of(period));
    }

    /**
     * Stores a run's figures and its files (PDF, ODS, CSV) as the period's current report; the
     * earlier version, if any, is superseded and keeps its own.
     */
    public long store(ReportKind kind, Figures figures) {
        ReportPeriod period = ReportPeriod.parse(figures.period());
        List<Report> earlier = em.createNamedQuery(Report.OF_PERIOD, Report.class)
                .setParameter("kind", kind)
                .setParameter("period", period.text())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        earlier.stream().filter(Report::isCurrent).forEach(Report::supersede);
        int number = earlier.isEmpty() ? 1 : earlier.get(0).getNumber() + 1;
        Report report = new Report(kind, period.text(), number, clock.instant(), FiguresJson.write(figures));
        em.persist(report);
        em.flush();
        reportFiles.keep(report, figures, config.zone());
        LOG.info(() -> kind + " report " + period + " version " + number + " stored as " + report.getId());
        return report.getId();
    }
}
