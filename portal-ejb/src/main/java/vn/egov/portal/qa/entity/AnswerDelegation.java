package vn.egov.portal.qa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * One entry of the delegation register (Article 9.5): this account answers for this agency, as its
 * head or under the head's written authorisation, from one date to another. Entries are revoked,
 * never deleted, so an old answer can always show on whose authority it was given.
 */
@Entity
@Table(name = "qa_delegation")
@NamedQuery(
        name = AnswerDelegation.ALL,
        query = "select d from AnswerDelegation d order by d.agency.path, d.kind, d.validFrom desc")
@NamedQuery(
        name = AnswerDelegation.OF_AGENCIES,
        query = "select d from AnswerDelegation d where d.agency in :agencies"
                + " order by d.agency.path, d.kind, d.validFrom desc")
@NamedQuery(
        name = AnswerDelegation.FOR_ACCOUNT_AND_AGENCY,
        query = "select d from AnswerDelegation d where d.account = :account and d.agency = :agency"
                + " and d.revokedAt is null")
@NamedQuery(
        name = AnswerDelegation.HEADS_OF,
        query = "select d from AnswerDelegation d where d.agency = :agency and d.revokedAt is null"
                + " and d.kind = vn.egov.portal.qa.entity.DelegationKind.HEAD")
public class AnswerDelegation extends PersistentEntity {

    public static final String ALL = "AnswerDelegation.all";
    public static final String OF_AGENCIES = "AnswerDelegation.ofAgencies";
    public static final String FOR_ACCOUNT_AND_AGENCY = "AnswerDelegation.forAccountAndAgency";
    public static final String HEADS_OF = "AnswerDelegation.headsOf";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private OrgUnit agency;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DelegationKind kind;

    /** The decision or letter that appoints the head or authorises the delegate. */
    @Column(nullable = false, length = 300)
    private String reference;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validUntil;

    @Column(nullable = false, length = 64)
    private String recordedBy;

    @Column(nullable = false)
    private Instant recordedAt;

    private Instant revokedAt;

    @Column(length = 64)
    private String revokedBy;

    protected AnswerDelegation() {}

    public AnswerDelegation(
            OrgUnit agency,
            UserAccount account,
            DelegationKind kind,
            String reference,
            LocalDate validFrom,
            LocalDate validUntil,
            String recordedBy,
            Instant recordedAt) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.account = Objects.requireNonNull(account, "account");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("A delegation cannot end before it starts");
        }
        this.validUntil = validUntil;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public boolean isActiveOn(LocalDate date) {
        return revokedAt == null && !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }

    public void revoke(Instant at, String by) {
        this.revokedAt = Objects.requireNonNull(at, "at");
        this.revokedBy = Objects.requireNonNull(by, "by");
    }

    public OrgUnit getAgency() {
        return agency;
    }

    public UserAccount getAccount() {
        return account;
    }

    public DelegationKind getKind() {
        return kind;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
