package vn.egov.portal.qa.entity;

/** Who asked for the personal data to be erased (Article 19.2). */
public enum ErasureRequester {
    ASKER,
    AUTHORITY
}
