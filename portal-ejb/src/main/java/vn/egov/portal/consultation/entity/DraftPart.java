package vn.egov.portal.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/** One part of a draft (a chapter, section, article or clause) that readers comment on. */
@Entity
@Table(
        name = "consultation_part",
        indexes = @Index(name = "ix_consultation_part", columnList = "consultation_id, position"))
public class DraftPart extends PersistentEntity {

    public static final int MAX_BODY = 20000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false)
    private Consultation consultation;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private PartKind kind;

    @Column(name = "part_number", nullable = false, length = 20)
    private String number;

    @Column(name = "heading", nullable = false, length = 1000)
    private String heading;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    protected DraftPart() {}

    DraftPart(Consultation consultation, int position, PartKind kind, String number, String heading, String body) {
        this.consultation = Objects.requireNonNull(consultation, "consultation");
        this.position = position;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.number = number == null ? "" : number;
        this.heading = heading == null ? "" : heading;
        this.body = body == null ? "" : body;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public int getPosition() {
        return position;
    }

    public PartKind getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }

    /** Its anchor on the consultation page; the position keeps it unique when numbers repeat (clauses). */
    public String getAnchor() {
        return "phan-" + position;
    }
}
