package vn.egov.portal.consultation.entity;

/**
 * The lead agency's answer to a comment in the summary of responses (bản tổng hợp, tiếp thu, giải
 * trình): taken in, taken in part, or not taken in — always with an explanation.
 */
public enum AnswerVerdict {
    ACCEPTED,
    PARTLY_ACCEPTED,
    NOT_ACCEPTED
}
