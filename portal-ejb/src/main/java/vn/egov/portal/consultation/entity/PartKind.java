package vn.egov.portal.consultation.entity;

/**
 * The units a Vietnamese legal text is divided into (Law on Promulgation of Legal Documents,
 * Article 61): Chương, Mục, Điều, Khoản. WHOLE stands for a draft that could not be split.
 */
public enum PartKind {
    CHAPTER,
    SECTION,
    ARTICLE,
    CLAUSE,
    WHOLE
}
