package vn.egov.portal.royalty.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.content.entity.ContentKind;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.site.entity.Site;

/** The royalty (nhuận bút) for one kind of work on one site, in VND, as the board set it (Article 12.1). */
@Entity
@Table(name = "royalty_rate", uniqueConstraints = @UniqueConstraint(columnNames = {"site_id", "kind"}))
@NamedQuery(name = RoyaltyRate.OF_SITE, query = "select r from RoyaltyRate r where r.site.id = :site order by r.kind")
public class RoyaltyRate extends PersistentEntity {

    public static final String OF_SITE = "RoyaltyRate.ofSite";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Site site;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ContentKind kind;

    @Column(name = "amount_vnd", nullable = false, precision = 15, scale = 0)
    private BigDecimal amount;

    @Column(nullable = false, length = 64)
    private String setBy;

    @Column(nullable = false)
    private Instant setAt;

    protected RoyaltyRate() {}

    public RoyaltyRate(Site site, ContentKind kind, BigDecimal amount, String setBy, Instant setAt) {
        this.site = Objects.requireNonNull(site, "site");
        this.kind = Objects.requireNonNull(kind, "kind");
        change(amount, setBy, setAt);
    }

    public void change(BigDecimal newAmount, String by, Instant at) {
        this.amount = Objects.requireNonNull(newAmount, "amount");
        this.setBy = by;
        this.setAt = at;
    }

    public Site getSite() {
        return site;
    }

    public ContentKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
