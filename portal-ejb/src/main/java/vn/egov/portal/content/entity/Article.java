package vn.egov.portal.content.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.egov.portal.content.control.Decision;
import vn.egov.portal.content.control.EditorialActor;
import vn.egov.portal.content.control.EditorialWorkflow;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.Site;

/**
 * A piece of content on the main portal or a sub-portal (R1.2). Its state belongs to the editorial
 * workflow: the article moves only by {@link #take}, which asks the workflow first. A proposal from a sub-portal is a new article on the main portal whose
 * {@link #getOrigin() origin} is the sub-portal's article, so the main portal can show where it came from.
 */
@Entity
@Table(
        name = "article",
        indexes = {
            @Index(name = "ix_article_public", columnList = "site_id, state, publishedAt"),
            @Index(name = "ix_article_state_id", columnList = "state, id")
        })
@NamedQuery(
        name = Article.DUE_FOR_PUBLISHING,
        query = "select a from Article a where a.state = vn.egov.portal.content.entity.ArticleState.SCHEDULED"
                + " and a.publishAt <= :now order by a.publishAt")
@NamedQuery(
        name = Article.DUE_FOR_UNPUBLISHING,
        query = "select a from Article a where a.state = vn.egov.portal.content.entity.ArticleState.PUBLISHED"
                + " and a.unpublishAt is not null and a.unpublishAt <= :now")
@NamedQuery(
        name = Article.LATEST_CARDS,
        query = "select new vn.egov.portal.content.entity.ArticleCard(a.id, a.slug, a.title, a.summary, a.publishedAt,"
                + " a.site.slug, a.category.code, a.language, a.coverToken, a.coverAlt) from Article a"
                + " where a.site.slug = :site"
                + " and a.category.code = :category and a.language = :language"
                + " and a.state = vn.egov.portal.content.entity.ArticleState.PUBLISHED"
                + " order by a.publishedAt desc, a.id desc")
@NamedQuery(
        name = Article.TRANSLATIONS,
        query = "select a from Article a where a.translationOf.id = :original or a.id = :original")
@NamedQuery(
        name = Article.PROPOSAL_STATES,
        query = "select a.state from Article a where a.origin.id = :original order by a.id desc")
public class Article extends PersistentEntity {

    /** The states of the main-portal copies proposed from one article, the latest first. */
    public static final String PROPOSAL_STATES = "Article.proposalStates";

    public static final String DUE_FOR_PUBLISHING = "Article.dueForPublishing";
    public static final String DUE_FOR_UNPUBLISHING = "Article.dueForUnpublishing";
    public static final String TRANSLATIONS = "Article.translations";
    public static final String LATEST_CARDS = "Article.latestCards";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Site site;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Category category;

    @Column(name = "lang", nullable = false, length = 2)
    private Language language = Language.VIETNAMESE;

    @ManyToOne(fetch = FetchType.LAZY)
    private Article translationOf;

    @ManyToOne(fetch = FetchType.LAZY)
    private Article origin;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(length = 2000)
    private String summary;

    @Lob
    @Column(name = "body_html")
    private String body;

    @Column(length = 40)
    private String coverToken;

    @Column(length = 300)
    private String coverAlt;

    @ElementCollection
    @CollectionTable(name = "article_attachment", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "media_token", length = 40)
    private List<String> attachments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "ordinal")
    private List<ArticleAuthor> authors = new ArrayList<>();

    @Column(length = 300)
    private String source;

    @Column(length = 500)
    private String tags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ContentKind kind = ContentKind.NEWS;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleState state = ArticleState.DRAFT;

    private Instant publishAt;

    private Instant unpublishAt;

    private Instant publishedAt;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, length = 64)
    private String createdBy;

    @Column(nullable = false)
    private int screeningHits;

    @Column(nullable = false)
    private boolean screeningReviewed;

    @Column(length = 1000)
    private String failureReason;

    /** Title and summary folded (no diacritics, lower case) for search. */
    @Column(length = 2600)
    private String searchText;

    @Column(nullable = false)
    private int revisionCount;

    protected Article() {}

    public Article(Site site, Category category, Language language, String createdBy, Instant now) {
        this.site = Objects.requireNonNull(site, "site");
        this.category = Objects.requireNonNull(category, "category");
        this.language = Objects.requireNonNull(language, "language");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes the edited text; the caller has sanitised and normalised it. */
    public void write(ArticleText text, String slug, String searchText, Instant now) {
        this.title = text.title();
        this.summary = text.summary();
        this.body = text.body();
        this.coverToken = text.coverToken();
        this.coverAlt = text.coverAlt();
        this.source = text.source();
        this.tags = text.tags();
        this.kind = text.kind();
        this.publishAt = text.publishAt();
        this.unpublishAt = text.unpublishAt();
        this.attachments = new ArrayList<>(text.attachments());
        this.authors = new ArrayList<>(text.authors());
        this.slug = slug;
        this.searchText = searchText;
        this.updatedAt = now;
    }

    public void translates(Article original) {
        this.translationOf = original;
    }

    /**
     * This article is a sub-portal's offer of its published original to the main portal: it arrives in
     * the main board's queue as submitted, as if its writer had submitted it there.
     */
    public void proposedFrom(Article original, Instant now) {
        this.origin = Objects.requireNonNull(original, "original");
        enter(ArticleState.SUBMITTED, now);
    }

    /**
     * Makes the move when the editorial workflow allows it to this actor from the article's state and
     * screening now; otherwise nothing changes and the decision says why. The only way the state moves
     * after creation, so no caller can skip the decision.
     */
    public Decision take(WorkflowAction action, EditorialActor actor, EditorialWorkflow workflow, Instant now) {
        Decision decision = workflow.decide(action, state, actor, hasUnreviewedHits());
        if (decision.allowed()) {
            enter(decision.target(), now);
        }
        return decision;
    }

    /**
     * The demo data's back-dated history, step by step as the seed tells it: the seed predates today's
     * delegations, so the steps are recorded as they happened rather than decided again. Nothing
     * else may call this; a move made now goes through {@link #take}.
     */
    public ArticleEvent replay(ArticleAction action, ArticleState to, String actor, Instant at) {
        ArticleState from = state;
        enter(to, at);
        return new ArticleEvent(this, action, from, to, actor, at, null);
    }

    private void enter(ArticleState next, Instant now) {
        this.state = next;
        if (next == ArticleState.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
        if (next != ArticleState.PUBLISH_FAILED) {
            failureReason = null;
        }
        this.updatedAt = now;
    }

    public void failed(String reason) {
        this.failureReason = reason;
    }

    public void screened(int hits) {
        if (hits != screeningHits || hits == 0) {
            this.screeningReviewed = false;
        }
        this.screeningHits = hits;
    }

    public void screeningReviewed() {
        this.screeningReviewed = true;
    }

    public boolean hasUnreviewedHits() {
        return screeningHits > 0 && !screeningReviewed;
    }

    public int nextRevision() {
        return ++revisionCount;
    }

    public boolean isAuthoredBy(String username) {
        return createdBy.equals(username) || authors.stream().anyMatch(author -> username.equals(author.getAccount()));
    }

    public List<String> getTagList() {
        return tags == null || tags.isBlank()
                ? List.of()
                : Arrays.stream(tags.split(","))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .toList();
    }

    public Site getSite() {
        return site;
    }

    public Category getCategory() {
        return category;
    }

    public Language language() {
        return language;
    }

    /** The language's code, as a page's {@code lang} attribute and the API write it. */
    public String getLanguage() {
        return language.code();
    }

    public Article getTranslationOf() {
        return translationOf;
    }

    public Article getOrigin() {
        return origin;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getCoverToken() {
        return coverToken;
    }

    public String getCoverAlt() {
        return coverAlt;
    }

    public List<String> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }

    public List<ArticleAuthor> getAuthors() {
        return Collections.unmodifiableList(authors);
    }

    public String getSource() {
        return source;
    }

    public String getTags() {
        return tags;
    }

    public ContentKind getKind() {
        return kind;
    }

    public ArticleState getState() {
        return state;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Instant getUnpublishAt() {
        return unpublishAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public int getScreeningHits() {
        return screeningHits;
    }

    public boolean isScreeningReviewed() {
        return screeningReviewed;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public int getRevisionCount() {
        return revisionCount;
    }

    /** The public address inside the portal: "/tin/12-tieu-de". */
    public String getPath() {
        return "/tin/" + getId() + "-" + slug;
    }
}
