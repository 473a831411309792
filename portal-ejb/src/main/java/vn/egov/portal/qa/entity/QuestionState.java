package vn.egov.portal.qa.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a question stands. The board receives it (RECEIVED), routes it to an agency (ROUTED), or
 * refuses it (REFUSED), or splits it into parts for several agencies (SPLIT); the agency answers
 * (ANSWERED) or hands it back to the board; the board publishes answers of general interest
 * (PUBLISHED) and may withdraw them again.
 */
public enum QuestionState {
    RECEIVED,
    ROUTED,
    ANSWERED,
    PUBLISHED,
    REFUSED,
    SPLIT;

    private static final Map<QuestionState, Set<QuestionState>> NEXT = Map.of(
            RECEIVED, EnumSet.of(ROUTED, REFUSED, SPLIT),
            ROUTED, EnumSet.of(ROUTED, RECEIVED, ANSWERED, SPLIT),
            ANSWERED, EnumSet.of(PUBLISHED),
            PUBLISHED, EnumSet.of(ANSWERED),
            REFUSED, EnumSet.noneOf(QuestionState.class),
            SPLIT, EnumSet.noneOf(QuestionState.class));

    public boolean canMoveTo(QuestionState next) {
        return NEXT.get(this).contains(next);
    }

    /** Still waiting for an answer: the deadline runs. */
    public boolean isOpen() {
        return this == RECEIVED || this == ROUTED;
    }

    public boolean isAnswered() {
        return this == ANSWERED || this == PUBLISHED;
    }
}
