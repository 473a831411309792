package vn.egov.portal.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * One run of a report for one period: its figures as JSON (counts by category, agency, procedure;
 * the royalty statements name authors and their amounts, nothing else of a person), kept as they
 * were computed. A rerun for the same kind and period is a new version; the earlier one is
 * {@link ReportState#SUPERSEDED} and kept. Its files (PDF, ODS, CSV) are written from these figures
 * when the run is stored and kept with it ({@link ReportFile}).
 */
@Entity
@Table(
        name = "report",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "ux_report_kind_period_number",
                        columnNames = {"kind", "period_text", "run_number"}),
        indexes = @Index(name = "ix_report_created", columnList = "createdAt"))
@NamedQuery(
        name = Report.OF_PERIOD,
        query = "select r from Report r where r.kind = :kind and r.period = :period order by r.number desc")
@NamedQuery(
        name = Report.LIST,
        query = "select r from Report r where (:kind is null or r.kind = :kind)"
                + " and (:period is null or r.period = :period) order by r.createdAt desc, r.id desc")
@NamedQuery(
        name = Report.COUNT,
        query = "select count(r) from Report r where (:kind is null or r.kind = :kind)"
                + " and (:period is null or r.period = :period)")
@NamedQuery(
        name = Report.CURRENT_OF_PERIODS,
        query =
                "select r from Report r where r.kind = :kind and r.state = vn.egov.portal.report.entity.ReportState.CURRENT"
                        + " and r.period in :periods")
public class Report extends PersistentEntity {

    public static final String OF_PERIOD = "Report.ofPeriod";
    public static final String LIST = "Report.list";
    public static final String COUNT = "Report.count";
    public static final String CURRENT_OF_PERIODS = "Report.currentOfPeriods";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReportKind kind;

    @Column(name = "period_text", nullable = false, length = 10)
    private String period;

    /** 1 for a period's first run, one more for each rerun. */
    @Column(name = "run_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportState state;

    @Column(nullable = false)
    private Instant createdAt;

    @Lob
    @Column(name = "data_json", nullable = false)
    private String data;

    protected Report() {}

    /** Version {@code number} of the report for {@code period} (its text, 2026-11), its figures as JSON. */
    public Report(ReportKind kind, String period, int number, Instant createdAt, String data) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.period = Objects.requireNonNull(period, "period");
        if (number < 1) {
            throw new IllegalArgumentException("A report's version counts from 1");
        }
        this.number = number;
        this.state = ReportState.CURRENT;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.data = Objects.requireNonNull(data, "data");
    }

    /** A later run of the same period replaces this one; this one is kept. */
    public void supersede() {
        state = ReportState.SUPERSEDED;
    }

    public boolean isCurrent() {
        return state == ReportState.CURRENT;
    }

    public ReportKind getKind() {
        return kind;
    }

    public String getPeriod() {
        return period;
    }

    public int getNumber() {
        return number;
    }

    public ReportState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getData() {
        return data;
    }
}
