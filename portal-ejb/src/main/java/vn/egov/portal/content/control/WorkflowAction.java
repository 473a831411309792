package vn.egov.portal.content.control;

import java.util.Set;
import vn.egov.portal.content.entity.ArticleAction;
import vn.egov.portal.content.entity.ArticleState;

/**
 * The moves of the editorial workflow, each with the states it starts from and the state it leads
 * to. The three system moves are made by the publishing timer, never by a person.
 */
public enum WorkflowAction {
    SUBMIT(ArticleState.SUBMITTED, ArticleState.DRAFT, ArticleState.RETURNED),
    START_REVIEW(ArticleState.IN_REVIEW, ArticleState.SUBMITTED),
    RETURN(
            ArticleState.RETURNED,
            ArticleState.SUBMITTED,
            ArticleState.IN_REVIEW,
            ArticleState.APPROVED,
            ArticleState.PUBLISH_FAILED),
    REJECT(ArticleState.REJECTED, ArticleState.SUBMITTED, ArticleState.IN_REVIEW),
    APPROVE(ArticleState.APPROVED, ArticleState.IN_REVIEW),
    PUBLISH(ArticleState.PUBLISHED, ArticleState.APPROVED, ArticleState.PUBLISH_FAILED, ArticleState.UNPUBLISHED),
    SCHEDULE(ArticleState.SCHEDULED, ArticleState.APPROVED, ArticleState.PUBLISH_FAILED),
    CANCEL_SCHEDULE(ArticleState.APPROVED, ArticleState.SCHEDULED),
    UNPUBLISH(ArticleState.UNPUBLISHED, ArticleState.PUBLISHED),
    ARCHIVE(ArticleState.ARCHIVED, ArticleState.PUBLISHED, ArticleState.UNPUBLISHED, ArticleState.REJECTED),
    AUTO_PUBLISH(ArticleState.PUBLISHED, ArticleState.SCHEDULED),
    AUTO_UNPUBLISH(ArticleState.UNPUBLISHED, ArticleState.PUBLISHED),
    FAIL_PUBLISH(ArticleState.PUBLISH_FAILED, ArticleState.SCHEDULED);

    /** Moves that must carry a reason, so the author learns what to change. */
    private static final Set<WorkflowAction> NEED_COMMENT = Set.of(RETURN, REJECT, UNPUBLISH, FAIL_PUBLISH);

    /** Moves that let content out, so they stop at unreviewed screening hits. */
    private static final Set<WorkflowAction> RELEASING = Set.of(APPROVE, PUBLISH, SCHEDULE, AUTO_PUBLISH);

    private static final Set<WorkflowAction> SYSTEM = Set.of(AUTO_PUBLISH, AUTO_UNPUBLISH, FAIL_PUBLISH);

    private final ArticleState target;
    private final Set<ArticleState> sources;

    WorkflowAction(ArticleState target, ArticleState... sources) {
        this.target = target;
        this.sources = Set.of(sources);
    }

    public ArticleState target() {
        return target;
    }

    public boolean startsFrom(ArticleState state) {
        return sources.contains(state);
    }

    public boolean needsComment() {
        return NEED_COMMENT.contains(this);
    }

    public boolean releasesContent() {
        return RELEASING.contains(this);
    }

    public boolean isSystem() {
        return SYSTEM.contains(this);
    }

    /** How the article's history names this move (the same name). */
    public ArticleAction recordedAs() {
        return ArticleAction.valueOf(name());
    }

    /** The message key of this move's label, e.g. {@code workflow.action.SUBMIT}. */
    public String labelKey() {
        return "workflow.action." + name();
    }
}
