package vn.egov.portal.qa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * One line of a question's history: who did what when, which agency it concerned and the date it
 * set. Transfers keep the agency they came from, so the path of a question can be followed.
 */
@Entity
@Table(name = "qa_event")
public class QuestionEvent extends PersistentEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Question question;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EventKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    private OrgUnit agency;

    @ManyToOne(fetch = FetchType.LAZY)
    private OrgUnit fromAgency;

    @Column(name = "event_date")
    private LocalDate date;

    @Column(length = 2000)
    private String note;

    protected QuestionEvent() {}

    QuestionEvent(Question question, Instant occurredAt, String actor, EventKind kind) {
        this.question = Objects.requireNonNull(question, "question");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    QuestionEvent agency(OrgUnit from, OrgUnit to) {
        this.fromAgency = from;
        this.agency = to;
        return this;
    }

    QuestionEvent date(LocalDate date) {
        this.date = date;
        return this;
    }

    QuestionEvent note(String note) {
        this.note = note;
        return this;
    }

    public Question getQuestion() {
        return question;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public EventKind getKind() {
        return kind;
    }

    public OrgUnit getAgency() {
        return agency;
    }

    public OrgUnit getFromAgency() {
        return fromAgency;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getNote() {
        return note;
    }
}
