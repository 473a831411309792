package vn.egov.portal.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.content.control.Decision;
import vn.egov.portal.content.control.EditorialActor;
import vn.egov.portal.content.control.EditorialRole;
import vn.egov.portal.content.control.EditorialWorkflow;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.platform.boundary.ConflictException;
import vn.egov.portal.platform.boundary.InvalidInputException;
import vn.egov.portal.platform.boundary.NotFoundException;
import vn.egov.portal.platform.control.Text;
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
    @ConfigProperty(name = "portal.editorial.self-approval", defaultValue = "false")
    boolean selfApproval;

    public EditorialWorkflow rules() {
        return new EditorialWorkflow(selfApproval);
    }

    public Article transition(@NotNull Long id, @NotNull WorkflowAction action, String comment) {
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
        Decision decision =
                rules().decide(action, article.getState(), actors.of(me, article), article.hasUnreviewedHits());
        if (decision.refusal() == Decision.Refusal.ILLEGAL) {
            throw new ConflictException(decision.reasonKey(), action + " from " + article.getState());
        }
        if (!decision.allowed()) {
            throw new AccessDeniedException(decisionText(decision, action));
        }
        publication.apply(article, action, me.getUsername(), note);
        return article;
    }

    /** A reviewer has looked at the screening hits and lets the article go on, saying why. */
    public Article reviewScreening(@NotNull Long id, String comment) {
        UserAccount me = access.requireAccount();
        Article article = getVisible(id, me);
        if (!actors.of(me, article).role().isBoard()) {
            throw new AccessDeniedException("Only the board reviews screening hits");
        }
        String note = Text.clean(comment);
        if (note == null) {
            throw InvalidInputException.of("comment", "workflow.error.commentRequired");
        }
        article.screeningReviewed();
        publication.record(article, "SCREENING_REVIEWED", article.getState(), me.getUsername(), note);
        return article;
    }

    public List<WorkflowAction> availableActions(@NotNull Long id) {
        UserAccount me = access.requireAccount();
        Article article = getVisible(id, me);
        return rules().available(article.getState(), actors.of(me, article), article.hasUnreviewedHits());
    }

    public boolean mayEdit(@NotNull Long id) {
        UserAccount me = access.requireAccount();
        Article article = getVisible(id, me);
        return rules().mayEdit(article.getState(), actors.of(me, article));
    }

    /** The article, if the caller may change its text now. */
    public Article getForEditing(Long id, UserAccount me) {
        Article article = getVisible(id, me);
        EditorialActor actor = actors.of(me, article);
        if (!rules().mayEdit(article.getState(), actor)) {
            throw new AccessDeniedException("May not edit article " + id + " in state " + article.getState());
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
                    "Article " + id + " belongs to site " + article.getSite().getSlug());
        }
        return article;
    }

    private static String decisionText(Decision decision, WorkflowAction action) {
        return decision.reasonKey() + ": " + action;
    }
}
