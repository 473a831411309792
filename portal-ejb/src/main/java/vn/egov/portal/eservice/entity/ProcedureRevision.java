package vn.egov.portal.eservice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * One change of a procedure (Article 10.2: a change of the catalogue is announced): its number, when,
 * who, and which parts changed, kept as the names of {@link ProcedurePart} so the page and the feed
 * say it in the reader's language. Revision 1 is the procedure's entry in the catalogue.
 */
@Entity
@Table(
        name = "eservice_procedure_revision",
        indexes = @Index(name = "ix_eservice_revision_changed", columnList = "changed_at"))
@NamedQuery(
        name = ProcedureRevision.OF_PROCEDURE,
        query = "select r from ProcedureRevision r where r.procedure = :procedure order by r.number desc")
@NamedQuery(
        name = ProcedureRevision.LATEST,
        query = "select r from ProcedureRevision r join fetch r.procedure order by r.changedAt desc, r.id desc")
public class ProcedureRevision extends PersistentEntity {

    public static final String OF_PROCEDURE = "ProcedureRevision.ofProcedure";
    public static final String LATEST = "ProcedureRevision.latest";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "procedure_id", nullable = false)
    private Procedure procedure;

    @Column(name = "revision_number", nullable = false)
    private int number;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "changed_fields", nullable = false, length = 1000)
    private String changedFields;

    @Column(name = "note", length = 1000)
    private String note;

    protected ProcedureRevision() {}

    public ProcedureRevision(
            Procedure procedure,
            int number,
            Instant changedAt,
            String actor,
            List<ProcedurePart> changed,
            String note) {
        if (number < 1 || changed.isEmpty()) {
            throw new IllegalArgumentException("A revision is numbered from 1 and changes something");
        }
        this.procedure = Objects.requireNonNull(procedure, "procedure");
        this.number = number;
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.changedFields = String.join(",", changed.stream().map(Enum::name).toList());
        this.note = note;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public int getNumber() {
        return number;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getActor() {
        return actor;
    }

    public List<ProcedurePart> getChanged() {
        return Arrays.stream(changedFields.split(","))
                .map(ProcedurePart::valueOf)
                .toList();
    }

    public String getNote() {
        return note;
    }

    public boolean isEntry() {
        return getChanged().contains(ProcedurePart.ENTRY);
    }
}
