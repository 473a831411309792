package vn.egov.portal.consultation.entity;

/** A comment waits for moderation, is published, or is refused with a reason. */
public enum CommentState {
    PENDING,
    PUBLISHED,
    REFUSED
}
