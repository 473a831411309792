package vn.egov.portal.consultation.boundary;

import java.util.List;
import vn.egov.portal.consultation.entity.Comment;

/**
 * Comments on one part that are copies of each other (a campaign), or a single comment: shown once
 * with the number of copies, answered once for all of them.
 */
public record CommentGroup(List<Comment> members) {

    public CommentGroup {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A group has at least one comment");
        }
        members = List.copyOf(members);
    }

    /** The first comment received: the one the page shows for the group. */
    public Comment first() {
        return members.get(0);
    }

    public int copies() {
        return members.size();
    }

    public boolean isCampaign() {
        return members.size() > 1;
    }

    /** The part's position, 0 for the whole draft. */
    public int partPosition() {
        return first().getPart() == null ? 0 : first().getPart().getPosition();
    }
}
