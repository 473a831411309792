package vn.egov.portal.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import vn.egov.portal.content.control.Decision;
import vn.egov.portal.content.control.EditorialActor;
import vn.egov.portal.content.control.EditorialRole;
import vn.egov.portal.content.control.EditorialWorkflow;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleAction;
import vn.egov.portal.content.entity.ArticleState;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.Phrase;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.security.boundary.AccessControl;
import vn.egov.portal.security.boundary.AccessDeniedException;
import vn.egov.portal.security.entity.Roles;
import vn.egov.portal.security.entity.UserAccount;

/**
 * Moves articles through the editorial workflow on behalf of an official. The state machine decides;
 * an illegal move answers 409 with the reason, a move the official may not make answers 403.
 */
@Stateless
@RolesAllowed({Roles.COLLABORATOR, Roles.SECRETARY, Roles.DEPUTY_EDITOR, Roles.EDITOR_IN_CHIEF, Roles.SUBPORTAL_EDITOR})
public class ArticleWorkflow {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    EditorialActors actors;

    @Inject
    Publication publication;

    @Inject
    Clock clock;

    @Inject
    EditorialWorkflow rules;

    public Article transition(Long id, WorkflowAction action, String comment) {
        UserAccount me = access.requireAccount();
        Article article = getVisible(id, me);
        String note = Text.clean(comment);
        if (action.needsComment() && note == null) {
            throw InvalidInputException.of("comment", "workflow.error.commentRequired");
        }
        if (action == WorkflowAction.SCHEDULE
                && (article.getPublishAt() == null || !article.getPublishAt().isAfter(clock.instant()))) {
            throw InvalidInputException.of("publishAt", "workflow.error.scheduleInFuture");
        }
        Decision decision = publication.apply(article, action, actors.of(me, article), me.getUsername(), note);
        if (decision.refusal() == Decision.Refusal.ILLEGAL) {
            throw new ConflictException(decision.reasonKey(), action + " from " + article.getState());
        }
        if (!decision.allowed()) {
            throw new AccessDeniedException(decisionText(decision, action), Phrase.of(decision.reasonKey()));
        }
        return article;
    }

    /** A reviewer has looked at the screening hits and lets the article go on, saying why. */
    public Article reviewScreening(Long id, String comment) {
        UserAccount me = access.requireAccount();
        Article article = getVisible(id, me);
        if (!actors.of(me, article).role().isBoard()) {
            throw new AccessDeniedException("Only the board reviews screening hits", Phrase.of("workflow.error.role"));
        }
        String note = Text.clean(comment);
        if (note == null) {
            throw InvalidInputException.of("comment", "workflow.error.commentRequired");
        }
        article.screeningReviewed();
        publication.record(article, ArticleAction.SCREENING_REVIEWED, article.getState(), me.getUsername(), note);
        return article;
    }

    /** What the caller may do with the article now, and why the other moves from its state are not theirs. */
    public ArticleOffer offer(Long id) {
        UserAccount me = access.requireAccount();
        Article article = getVisible(id, me);
        EditorialActor actor = actors.of(me, article);
        ArticleState state = article.getState();
        boolean hits = article.hasUnreviewedHits();
        Optional<ArticleState> proposal = latestProposal(article);
        return new ArticleOffer(
                rules.available(state, actor, hits),
                rules.unavailable(state, actor, hits),
                rules.mayEdit(state, actor),
                article.language() == Language.VIETNAMESE && rules.mayWrite(actor),
                mayPropose(article, actor)
                        && proposal.filter(ArticleWorkflow::open).isEmpty(),
                proposal);
    }

    /** The state of the latest copy of the article proposed to the main portal, if any. */
    private Optional<ArticleState> latestProposal(Article article) {
        return em
                .createNamedQuery(Article.PROPOSAL_STATES, ArticleState.class)
                .setParameter("original", article.getId())
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** A published sub-portal article goes up by its own board's head or the main editor-in-chief. */
    static boolean mayPropose(Article article, EditorialActor actor) {
        return !article.getSite().isMain()
                && article.getState() == ArticleState.PUBLISHED
                && (actor.role() == EditorialRole.SUBPORTAL_EDITOR || actor.role() == EditorialRole.EDITOR_IN_CHIEF);
    }

    /** The latest proposal of the article while the main board still has it: it is not sent twice. */
    public Optional<ArticleState> openProposal(Article article) {
        return latestProposal(article).filter(ArticleWorkflow::open);
    }

    /** A proposal the main board turned down or put away may be sent again; a live one may not. */
    private static boolean open(ArticleState proposal) {
        return proposal != ArticleState.REJECTED && proposal != ArticleState.ARCHIVED;
    }

    public boolean mayEdit(Long id) {
        UserAccount me = access.requireAccount();
        Article article = getVisible(id, me);
        return rules.mayEdit(article.getState(), actors.of(me, article));
    }

    /** The article, if the caller may change its text now. */
    public Article getForEditing(Long id, UserAccount me) {
        Article article = getVisible(id, me);
        EditorialActor actor = actors.of(me, article);
        if (!rules.mayEdit(article.getState(), actor)) {
            throw new AccessDeniedException(
                    "May not edit article " + id + " in state " + article.getState(),
                    Phrase.of("access.article.notEditable", Phrase.of("state." + article.getState())));
        }
        return article;
    }

    /** The article, if the caller works on its site: the board sees all, a collaborator their own. */
    public Article getVisible(Long id, UserAccount me) {
        Article article = em.find(Article.class, id);
        if (article == null) {
            throw new NotFoundException("Article", id);
        }
        EditorialActor actor = actors.of(me, article);
        boolean visible = actor.role().isBoard() || (actor.role() == EditorialRole.COLLABORATOR && actor.author());
        if (!visible) {
            throw new AccessDeniedException(
                    "Article " + id + " belongs to site " + article.getSite().getSlug(),
                    Phrase.of(
                            actor.role() == EditorialRole.COLLABORATOR
                                    ? "access.article.notYours"
                                    : "access.article.otherSite",
                            article.getSite().getName()));
        }
        return article;
    }

    private static String decisionText(Decision decision, WorkflowAction action) {
        return decision.reasonKey() + ": " + action;
    }
}
