package vn.egov.portal.qa.entity;

/** On what footing someone answers for an agency (Article 9.5). */
public enum DelegationKind {
    /** The head of the agency (thủ trưởng). */
    HEAD,
    /** A person the head authorised (người được ủy quyền). */
    DELEGATE
}
