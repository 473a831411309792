package vn.egov.portal.content.control;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.content.entity.ArticleState;

/**
 * The editorial workflow of Articles 7.4 and 15 as one explicit state machine: which move leads where,
 * and who may make it. Plain Java, so every transition and every role is unit-tested without a server.
 *
 * <p>Collaborators write and submit in their assigned fields; the secretary reviews, edits and approves
 * where delegated; deputies approve and publish within their delegated areas; the editor-in-chief may
 * do everything; a sub-portal editor acts as the whole board of their own sub-portal, their own work
 * included. Nobody else approves their own work unless {@code selfApproval} is configured. Screening
 * hits stop every releasing move until a reviewer has looked at them.
 */
public final class EditorialWorkflow {

    private final boolean selfApproval;

    public EditorialWorkflow(boolean selfApproval) {
        this.selfApproval = selfApproval;
    }

    public Decision decide(WorkflowAction action, ArticleState from, EditorialActor actor, boolean unreviewedHits) {
        if (!action.startsFrom(from)) {
            return Decision.illegal("workflow.error.illegal");
        }
        if (action.isSystem() != (actor.role() == EditorialRole.SYSTEM)) {
            return Decision.denied("workflow.error.role");
        }
        if (action.releasesContent() && unreviewedHits) {
            return Decision.illegal("workflow.error.screening");
        }
        if (!mayAct(action, actor)) {
            return Decision.denied("workflow.error.role");
        }
        if (action == WorkflowAction.APPROVE && actor.author() && !selfApproval && !answersAlone(actor)) {
            return Decision.denied("workflow.error.ownWork");
        }
        return Decision.allow(action.target());
    }

    /** The moves this actor could make from this state, for the buttons of the console. */
    public List<WorkflowAction> available(ArticleState from, EditorialActor actor, boolean unreviewedHits) {
        return Arrays.stream(WorkflowAction.values())
                .filter(action -> decide(action, from, actor, unreviewedHits).allowed())
                .toList();
    }

    /**
     * The moves that start from this state but that this actor may not make now, each with the
     * message key of the reason, so the console can say why a button is missing. The timer's own
     * moves are left out: they are never a person's to make.
     */
    public Map<WorkflowAction, String> unavailable(ArticleState from, EditorialActor actor, boolean unreviewedHits) {
        Map<WorkflowAction, String> refused = new EnumMap<>(WorkflowAction.class);
        for (WorkflowAction action : WorkflowAction.values()) {
            Decision decision = decide(action, from, actor, unreviewedHits);
            if (!action.isSystem() && action.startsFrom(from) && !decision.allowed()) {
                refused.put(action, decision.reasonKey());
            }
        }
        return refused;
    }

    /** Whether the actor may change the article's text in this state. */
    public boolean mayEdit(ArticleState state, EditorialActor actor) {
        EditorialRole role = actor.role();
        return switch (state) {
            case DRAFT, RETURNED -> role.isBoard() || (role == EditorialRole.COLLABORATOR && actor.author());
            case SUBMITTED, IN_REVIEW -> role.isBoard();
            case APPROVED, SCHEDULED, PUBLISH_FAILED, PUBLISHED, UNPUBLISHED -> publisher(actor);
            case REJECTED, ARCHIVED -> false;
        };
    }

    /** Whether the actor may write a new article in the category (their field, or any for the board). */
    public boolean mayWrite(EditorialActor actor) {
        return actor.role().isBoard() || (actor.role() == EditorialRole.COLLABORATOR && actor.delegated());
    }

    private boolean mayAct(WorkflowAction action, EditorialActor actor) {
        EditorialRole role = actor.role();
        return switch (action) {
            case SUBMIT -> role.isBoard()
                    || (role == EditorialRole.COLLABORATOR && actor.author() && actor.delegated());
            case START_REVIEW, RETURN, REJECT -> role.isBoard();
            case APPROVE -> approver(actor);
            case PUBLISH, SCHEDULE, CANCEL_SCHEDULE, UNPUBLISH, ARCHIVE -> publisher(actor);
            case AUTO_PUBLISH, AUTO_UNPUBLISH, FAIL_PUBLISH -> role == EditorialRole.SYSTEM;
        };
    }

    /**
     * A sub-portal's editor answers for what their sub-portal posts (Article 16.1) and has no second
     * board above them there, so the own-work rule does not hold them back inside it. (Their role is
     * only ever worked out on their own sub-portal; elsewhere they are nobody.)
     */
    private static boolean answersAlone(EditorialActor actor) {
        return actor.role() == EditorialRole.SUBPORTAL_EDITOR;
    }

    private static boolean approver(EditorialActor actor) {
        EditorialRole role = actor.role();
        return role == EditorialRole.EDITOR_IN_CHIEF
                || role == EditorialRole.SUBPORTAL_EDITOR
                || ((role == EditorialRole.SECRETARY || role == EditorialRole.DEPUTY_EDITOR) && actor.delegated());
    }

    private static boolean publisher(EditorialActor actor) {
        EditorialRole role = actor.role();
        return role == EditorialRole.EDITOR_IN_CHIEF
                || role == EditorialRole.SUBPORTAL_EDITOR
                || (role == EditorialRole.DEPUTY_EDITOR && actor.delegated());
    }
}
