package vn.egov.portal.content.entity;

/**
 * Where an article stands in the editorial workflow (R2.1). A scheduled publication that fails ends in
 * {@link #PUBLISH_FAILED}, a state the board sees in its queue, instead of silently staying unpublished.
 */
public enum ArticleState {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    RETURNED,
    REJECTED,
    APPROVED,
    SCHEDULED,
    PUBLISH_FAILED,
    PUBLISHED,
    UNPUBLISHED,
    ARCHIVED;

    public boolean isPublic() {
        return this == PUBLISHED;
    }

    /** Taken off the public site by the board; if it was public before, its address is gone, not unknown. */
    public boolean isWithdrawn() {
        return this == UNPUBLISHED || this == ARCHIVED;
    }
}
