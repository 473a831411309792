package vn.egov.portal.royalty.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * One author's royalty for one published work, fixed at the first publication with the rate of that
 * day, so later rate changes do not rewrite past statements.
 */
@Entity
@Table(name = "royalty_entry", indexes = @Index(name = "ix_royalty_period", columnList = "period"))
@NamedQuery(
        name = RoyaltyEntry.OF_PERIOD,
        query = "select e from RoyaltyEntry e where e.period = :period and e.article.site.id = :site"
                + " order by e.authorName, e.publishedAt")
@NamedQuery(name = RoyaltyEntry.OF_ARTICLE, query = "select e from RoyaltyEntry e where e.article.id = :article")
public class RoyaltyEntry extends PersistentEntity {

    public static final String OF_PERIOD = "RoyaltyEntry.ofPeriod";
    public static final String OF_ARTICLE = "RoyaltyEntry.ofArticle";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Article article;

    @Column(nullable = false, length = 200)
    private String authorName;

    @Column(length = 64)
    private String authorAccount;

    @Column(nullable = false)
    private int sharePercent;

    @Column(name = "amount_vnd", nullable = false, precision = 15, scale = 0)
    private BigDecimal amount;

    /** The month of publication, "2026-11". */
    @Column(nullable = false, length = 7)
    private String period;

    @Column(nullable = false)
    private Instant publishedAt;

    protected RoyaltyEntry() {}

    public RoyaltyEntry(
            Article article,
            String authorName,
            String authorAccount,
            int sharePercent,
            BigDecimal amount,
            String period,
            Instant publishedAt) {
        this.article = article;
        this.authorName = authorName;
        this.authorAccount = authorAccount;
        this.sharePercent = sharePercent;
        this.amount = amount;
        this.period = period;
        this.publishedAt = publishedAt;
    }

    public Article getArticle() {
        return article;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorAccount() {
        return authorAccount;
    }

    public int getSharePercent() {
        return sharePercent;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getPeriod() {
        return period;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
