package vn.egov.portal.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/** One move of an article through the workflow: who, when, from where to where, and why (R2.1). */
@Entity
@Table(name = "article_event")
@NamedQuery(
        name = ArticleEvent.OF_ARTICLE,
        query = "select e from ArticleEvent e where e.article.id = :article order by e.occurredAt, e.id")
public class ArticleEvent extends PersistentEntity {

    public static final String OF_ARTICLE = "ArticleEvent.ofArticle";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Article article;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ArticleAction action;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ArticleState fromState;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleState toState;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(name = "note", length = 2000)
    private String note;

    protected ArticleEvent() {}

    public ArticleEvent(
            Article article,
            ArticleAction action,
            ArticleState fromState,
            ArticleState toState,
            String actor,
            Instant occurredAt,
            String note) {
        this.article = Objects.requireNonNull(article, "article");
        this.action = Objects.requireNonNull(action, "action");
        this.fromState = fromState;
        this.toState = Objects.requireNonNull(toState, "toState");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.note = note;
    }

    public Article getArticle() {
        return article;
    }

    public ArticleAction getAction() {
        return action;
    }

    public ArticleState getFromState() {
        return fromState;
    }

    public ArticleState getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getNote() {
        return note;
    }
}
