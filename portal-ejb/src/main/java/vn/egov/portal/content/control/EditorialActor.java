package vn.egov.portal.content.control;

import java.util.Objects;

/**
 * Who attempts a move on one article: their role there, whether they wrote it, and whether the board
 * delegated the article's category to them (a collaborator's assigned field, a secretary's approval
 * area, a deputy's publishing area).
 */
public record EditorialActor(EditorialRole role, boolean author, boolean delegated) {

    public static final EditorialActor SYSTEM = new EditorialActor(EditorialRole.SYSTEM, false, true);

    public EditorialActor {
        Objects.requireNonNull(role, "role");
    }
}
