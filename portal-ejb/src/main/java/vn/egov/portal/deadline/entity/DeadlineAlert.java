package vn.egov.portal.deadline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * An obligation reached a stage (due soon, due today, overdue, escalated) for a given due date.
 * Unique per obligation, stage and due date: a second run, a restart or a retried chunk finds it
 * there and raises nothing new; a due date moved by the calendar may alert again.
 */
@Entity
@Table(
        name = "deadline_alert",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_deadline_alert",
                        columnNames = {"obligation_id", "level", "dueDate"}))
@NamedQuery(
        name = DeadlineAlert.RAISED_FOR,
        query = "select a.obligation.id, a.level, a.dueDate from DeadlineAlert a where a.obligation.id in :ids")
@NamedQuery(
        name = DeadlineAlert.UNNOTIFIED,
        query = "select new vn.egov.portal.deadline.boundary.UnnotifiedAlert(a.id, a.level, a.dueDate,"
                + " o.subjectTitle, u.id, a.unitNotified, a.boardNotified)"
                + " from DeadlineAlert a join a.obligation o left join o.unit u"
                + " where a.unitNotified = false or a.boardNotified = false order by a.id")
@NamedQuery(
        name = DeadlineAlert.MARK_UNIT_NOTIFIED,
        query = "update DeadlineAlert a set a.unitNotified = true where a.id in :ids")
@NamedQuery(
        name = DeadlineAlert.MARK_BOARD_NOTIFIED,
        query = "update DeadlineAlert a set a.boardNotified = true where a.id in :ids")
public class DeadlineAlert extends PersistentEntity {

    public static final String RAISED_FOR = "DeadlineAlert.raisedFor";
    public static final String UNNOTIFIED = "DeadlineAlert.unnotified";
    public static final String MARK_UNIT_NOTIFIED = "DeadlineAlert.markUnitNotified";
    public static final String MARK_BOARD_NOTIFIED = "DeadlineAlert.markBoardNotified";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Obligation obligation;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 12)
    private DeadlineStatus level;

    @Column(nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private LocalDate raisedOn;

    private Long jobExecutionId;

    @Column(nullable = false)
    private boolean unitNotified;

    /** The board hears of overdue and escalated obligations only. */
    @Column(nullable = false)
    private boolean boardNotified;

    protected DeadlineAlert() {}

    public DeadlineAlert(Obligation obligation, DeadlineStatus level, LocalDate raisedOn, Long jobExecutionId) {
        this.obligation = Objects.requireNonNull(obligation, "obligation");
        this.level = Objects.requireNonNull(level, "level");
        this.dueDate = obligation.getDueDate();
        this.raisedOn = Objects.requireNonNull(raisedOn, "raisedOn");
        this.jobExecutionId = jobExecutionId;
        this.boardNotified = !level.isLate();
    }

    public Obligation getObligation() {
        return obligation;
    }

    public DeadlineStatus getLevel() {
        return level;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public boolean isUnitNotified() {
        return unitNotified;
    }

    public boolean isBoardNotified() {
        return boardNotified;
    }
}
