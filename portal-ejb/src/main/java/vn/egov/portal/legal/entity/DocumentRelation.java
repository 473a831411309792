package vn.egov.portal.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/** "source amends / replaces / guides target", kept once and read from both ends. */
@Entity
@Table(
        name = "legal_relation",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_legal_relation",
                        columnNames = {"source_id", "target_id", "kind"}))
@NamedQuery(
        name = DocumentRelation.OF_DOCUMENT,
        query = "select r from DocumentRelation r where r.source = :document or r.target = :document order by r.id")
public class DocumentRelation extends PersistentEntity {

    public static final String OF_DOCUMENT = "DocumentRelation.ofDocument";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private LegalDocument source;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private LegalDocument target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RelationKind kind;

    protected DocumentRelation() {}

    public DocumentRelation(LegalDocument source, RelationKind kind, LegalDocument target) {
        this.source = Objects.requireNonNull(source, "source");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.target = Objects.requireNonNull(target, "target");
        if (source == target) {
            throw new IllegalArgumentException("A document does not act on itself");
        }
    }

    public LegalDocument getSource() {
        return source;
    }

    public LegalDocument getTarget() {
        return target;
    }

    public RelationKind getKind() {
        return kind;
    }
}
