package vn.egov.portal.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * The board's decision to publish a report, or some of its sections, as statistics (Article 5.14):
 * what, when, who, and the statistics article that carries it. The sections become public when that
 * article is first published, which also meets the decision's 10-working-day deadline (Article 8.1f).
 */
@Entity
@Table(
        name = "published_statistics",
        indexes = {
            @Index(name = "ix_published_statistics_report", columnList = "report_id"),
            @Index(name = "ix_published_statistics_article", columnList = "article_id")
        })
@NamedQuery(
        name = PublishedStatistics.OF_REPORT,
        query = "select p from PublishedStatistics p where p.reportId = :report order by p.decidedAt, p.id")
@NamedQuery(
        name = PublishedStatistics.OF_ARTICLE,
        query = "select p from PublishedStatistics p where p.articleId = :article")
@NamedQuery(
        name = PublishedStatistics.PUBLIC_REPORTS,
        query = "select distinct r from Report r, PublishedStatistics p where p.reportId = r.id"
                + " and p.publishedAt is not null and (:kind is null or r.kind = :kind)"
                + " and (:period is null or r.period = :period) order by r.createdAt desc, r.id desc")
@NamedQuery(
        name = PublishedStatistics.PUBLIC_COUNT,
        query = "select count(distinct r) from Report r, PublishedStatistics p where p.reportId = r.id"
                + " and p.publishedAt is not null and (:kind is null or r.kind = :kind)"
                + " and (:period is null or r.period = :period)")
public class PublishedStatistics extends PersistentEntity {

    public static final String OF_REPORT = "PublishedStatistics.ofReport";
    public static final String OF_ARTICLE = "PublishedStatistics.ofArticle";
    public static final String PUBLIC_REPORTS = "PublishedStatistics.publicReports";
    public static final String PUBLIC_COUNT = "PublishedStatistics.publicCount";

    @Column(name = "report_id", nullable = false)
    private long reportId;

    /** The section keys, comma-separated, in the report's order. */
    @Column(name = "section_keys", nullable = false, length = 300)
    private String sections;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false, length = 80)
    private String decidedBy;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    /** When the statistics article was first published: from then on the sections are public. */
    @Column(name = "published_at")
    private Instant publishedAt;

    protected PublishedStatistics() {}

    public PublishedStatistics(
            long reportId, List<String> sections, Instant decidedAt, String decidedBy, long articleId) {
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("A publication names at least one section");
        }
        this.reportId = reportId;
        this.sections = String.join(",", sections);
        this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
        this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
        this.articleId = articleId;
    }

    /** The article went out: the sections are public from {@code at}; a republication changes nothing. */
    public void published(Instant at) {
        if (publishedAt == null) {
            publishedAt = Objects.requireNonNull(at, "at");
        }
    }

    public boolean isPublic() {
        return publishedAt != null;
    }

    public long getReportId() {
        return reportId;
    }

    public List<String> getSections() {
        return Arrays.asList(sections.split(","));
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public long getArticleId() {
        return articleId;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
