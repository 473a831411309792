package vn.egov.portal.content.control;

/**
 * The part an official plays for one article, worked out from their grants on the article's site
 * (Article 15.4). Ordered from least to most powerful; {@link #SYSTEM} is the publishing timer.
 */
public enum EditorialRole {
    NONE,
    COLLABORATOR,
    SECRETARY,
    DEPUTY_EDITOR,
    SUBPORTAL_EDITOR,
    EDITOR_IN_CHIEF,
    SYSTEM;

    public boolean isBoard() {
        return this == SECRETARY || this == DEPUTY_EDITOR || this == SUBPORTAL_EDITOR || this == EDITOR_IN_CHIEF;
    }
}
