package vn.egov.portal.consultation.entity;

/** What a consultation's file is: the draft put out for comment, or the published summary of responses. */
public enum FileKind {
    DRAFT,
    SUMMARY
}
