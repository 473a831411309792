package vn.egov.portal.deadline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * Something a unit must do by a date counted in working days: publish a PPC document within 2,
 * answer a question within 15. Features name their own kind ("legal-document", "qa-answer") and
 * subject id; the monitor treats every kind alike. One obligation per kind, subject and rule.
 */
@Entity
@Table(
        name = "obligation",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_obligation_subject",
                        columnNames = {"kind", "subjectId", "rule_id"}),
        indexes = {
            @Index(name = "ix_obligation_open", columnList = "state, id"),
            @Index(name = "ix_obligation_unit", columnList = "unit_id, state")
        })
@NamedQuery(name = Obligation.BY_IDS, query = "select o from Obligation o where o.id in :ids")
@NamedQuery(
        name = Obligation.COUNT_OPEN,
        query = "select count(o) from Obligation o where o.state = vn.egov.portal.deadline.entity.ObligationState.OPEN")
@NamedQuery(
        name = Obligation.BY_SUBJECT,
        query = "select o from Obligation o where o.kind = :kind and o.subjectId = :subjectId order by o.id")
@NamedQuery(
        name = Obligation.OPEN_SPANNING,
        query = "select o from Obligation o where o.state = vn.egov.portal.deadline.entity.ObligationState.OPEN"
                + " and o.triggerDate <= :date and o.dueDate >= :date")
@NamedQuery(
        name = Obligation.RECENT_FOR_UNITS,
        query = "select o from Obligation o where o.unit.code in :units and (o.state ="
                + " vn.egov.portal.deadline.entity.ObligationState.OPEN or o.state ="
                + " vn.egov.portal.deadline.entity.ObligationState.PAUSED or o.dueDate >= :since)"
                + " order by o.dueDate, o.id")
@NamedQuery(
        name = Obligation.RECENT,
        query = "select o from Obligation o where o.state = vn.egov.portal.deadline.entity.ObligationState.OPEN"
                + " or o.state = vn.egov.portal.deadline.entity.ObligationState.PAUSED"
                + " or o.dueDate >= :since order by o.dueDate, o.id")
public class Obligation extends PersistentEntity {

    public static final String BY_IDS = "Obligation.byIds";
    public static final String COUNT_OPEN = "Obligation.countOpen";
    public static final String BY_SUBJECT = "Obligation.bySubject";
    public static final String OPEN_SPANNING = "Obligation.openSpanning";
    public static final String RECENT_FOR_UNITS = "Obligation.recentForUnits";
    public static final String RECENT = "Obligation.recent";

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false)
    private long subjectId;

    @Column(nullable = false, length = 500)
    private String subjectTitle;

    /** Where an official opens the subject, relative to the portal root. */
    @Column(length = 300)
    private String subjectLink;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private DeadlineRule rule;

    @ManyToOne(fetch = FetchType.LAZY)
    private OrgUnit unit;

    private Instant triggeredAt;

    @Column(nullable = false)
    private LocalDate triggerDate;

    @Column(nullable = false)
    private int workingDays;

    @Column(nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ObligationState state = ObligationState.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DeadlineStatus status = DeadlineStatus.ON_TRACK;

    private LocalDate assessedOn;

    private Instant fulfilledAt;

    private Integer lateByWorkingDays;

    /** The owning feature gave the due date and moves it; the calendar's recount leaves it alone. */
    @Column(nullable = false)
    private boolean dueGiven;

    /** Why the due date last moved (a calendar decision), for the official who sees it change. */
    @Column(length = 500)
    private String rescheduleNote;

    protected Obligation() {}

    /** {@code dueGiven}: the feature counted {@code dueDate} itself and moves it; else the rule's days did. */
    public Obligation(
            String kind,
            long subjectId,
            String subjectTitle,
            String subjectLink,
            DeadlineRule rule,
            OrgUnit unit,
            LocalDate triggerDate,
            Instant triggeredAt,
            LocalDate dueDate,
            boolean dueGiven) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subjectId = subjectId;
        this.subjectTitle = Objects.requireNonNull(subjectTitle, "subjectTitle");
        this.subjectLink = subjectLink;
        this.rule = Objects.requireNonNull(rule, "rule");
        this.unit = unit;
        this.triggerDate = Objects.requireNonNull(triggerDate, "triggerDate");
        this.triggeredAt = triggeredAt;
        this.workingDays = rule.getWorkingDays();
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
        this.dueGiven = dueGiven;
    }

    /** Done at {@code at}, so many working days past the due date (0 when in time); only while open. */
    public void fulfil(Instant at, int lateBy) {
        requireOpen("fulfil");
        this.state = ObligationState.FULFILLED;
        this.fulfilledAt = Objects.requireNonNull(at, "at");
        this.lateByWorkingDays = Math.max(lateBy, 0);
    }

    /** The subject went away before the work was due; only a running or paused obligation can be called off. */
    public void cancel() {
        if (!isPending()) {
            throw new IllegalStateException("Cannot cancel an obligation that is " + state);
        }
        this.state = ObligationState.CANCELLED;
    }

    /** The owner waits on somebody else: not judged, never flagged, until {@link #resume}. */
    public void pause(String note) {
        requireOpen("pause");
        this.state = ObligationState.PAUSED;
        this.rescheduleNote = shortened(note);
    }

    /** Runs again to {@code newDueDate}; only a paused obligation resumes. */
    public void resume(LocalDate newDueDate, String note) {
        if (state != ObligationState.PAUSED) {
            throw new IllegalStateException("Cannot resume an obligation that is " + state);
        }
        this.state = ObligationState.OPEN;
        reschedule(newDueDate, note);
    }

    private void requireOpen(String move) {
        if (state != ObligationState.OPEN) {
            throw new IllegalStateException("Cannot " + move + " an obligation that is " + state);
        }
    }

    private static String shortened(String note) {
        return note == null ? null : note.substring(0, Math.min(500, note.length()));
    }

    public void reschedule(LocalDate newDueDate, String note) {
        this.dueDate = Objects.requireNonNull(newDueDate, "newDueDate");
        this.rescheduleNote = shortened(note);
    }

    public void assessed(DeadlineStatus newStatus, LocalDate on) {
        this.status = Objects.requireNonNull(newStatus, "newStatus");
        this.assessedOn = on;
    }

    public boolean isOpen() {
        return state == ObligationState.OPEN;
    }

    /** Still to be done: running, or paused by its owner. */
    public boolean isPending() {
        return state == ObligationState.OPEN || state == ObligationState.PAUSED;
    }

    public boolean isDueGiven() {
        return dueGiven;
    }

    public boolean isFulfilledLate() {
        return state == ObligationState.FULFILLED && lateByWorkingDays != null && lateByWorkingDays > 0;
    }

    public String getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getSubjectTitle() {
        return subjectTitle;
    }

    public String getSubjectLink() {
        return subjectLink;
    }

    public DeadlineRule getRule() {
        return rule;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public Instant getTriggeredAt() {
        return triggeredAt;
    }

    public LocalDate getTriggerDate() {
        return triggerDate;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ObligationState getState() {
        return state;
    }

    public DeadlineStatus getStatus() {
        return status;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public Instant getFulfilledAt() {
        return fulfilledAt;
    }

    public Integer getLateByWorkingDays() {
        return lateByWorkingDays;
    }

    public String getRescheduleNote() {
        return rescheduleNote;
    }
}
