package vn.egov.portal.privacy.entity;

/**
 * Who asked for the personal data to be erased (Article 19.2): the person themself ({@code ASKER}:
 * a question's asker, a dossier's applicant) or an authority's order. Q&A and e-services share it.
 */
public enum ErasureRequester {
    ASKER,
    AUTHORITY
}
