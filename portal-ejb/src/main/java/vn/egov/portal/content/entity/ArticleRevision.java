package vn.egov.portal.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.egov.portal.platform.entity.PersistentEntity;

/** A snapshot of an article's text after each save: the archive of Article 8.2 and the base of diffs. */
@Entity
@Table(name = "article_revision")
@NamedQuery(
        name = ArticleRevision.OF_ARTICLE,
        query = "select r from ArticleRevision r where r.article.id = :article order by r.revisionNo desc")
public class ArticleRevision extends PersistentEntity {

    public static final String OF_ARTICLE = "ArticleRevision.ofArticle";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Article article;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false)
    private Instant savedAt;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 2000)
    private String summary;

    @Lob
    @Column(name = "body_html")
    private String body;

    @Column(name = "note", length = 500)
    private String note;

    protected ArticleRevision() {}

    public ArticleRevision(Article article, int revisionNo, String actor, Instant savedAt, String note) {
        this.article = article;
        this.revisionNo = revisionNo;
        this.actor = actor;
        this.savedAt = savedAt;
        this.title = article.getTitle();
        this.summary = article.getSummary();
        this.body = article.getBody();
        this.note = note;
    }

    public Article getArticle() {
        return article;
    }

    public int getRevisionNo() {
        return revisionNo;
    }

    public String getActor() {
        return actor;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getNote() {
        return note;
    }
}
