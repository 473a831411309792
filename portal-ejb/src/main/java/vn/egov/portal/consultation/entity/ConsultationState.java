package vn.egov.portal.consultation.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a consultation is: drafted by the lead agency, open for comment, closed, summarised (the
 * summary of responses is published), archived. It only ever moves forward, one step at a time.
 */
public enum ConsultationState {
    DRAFT,
    OPEN,
    CLOSED,
    SUMMARISED,
    ARCHIVED;

    public Set<ConsultationState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN);
            case OPEN -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(SUMMARISED);
            case SUMMARISED -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(ConsultationState.class);
        };
    }

    public boolean canMoveTo(ConsultationState target) {
        return next().contains(target);
    }

    /** Seen by the public: everything once it has been opened. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
