package vn.egov.portal.content.entity;

/**
 * What an article's history records: each move of the editorial workflow under its own name, and the
 * events that leave the state where it is. Stored by name, as the history always was.
 */
public enum ArticleAction {
    SUBMIT,
    START_REVIEW,
    RETURN,
    REJECT,
    APPROVE,
    PUBLISH,
    SCHEDULE,
    CANCEL_SCHEDULE,
    UNPUBLISH,
    ARCHIVE,
    AUTO_PUBLISH,
    AUTO_UNPUBLISH,
    FAIL_PUBLISH,
    /** A reviewer looked at the screening hits and let the article go on. */
    SCREENING_REVIEWED,
    /** The main portal's copy of a sub-portal article arrived in the main board's queue. */
    PROPOSED,
    /** The sub-portal's original was offered to the main portal. */
    PROPOSED_TO_MAIN
}
