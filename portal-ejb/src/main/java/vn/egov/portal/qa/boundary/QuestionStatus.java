package vn.egov.portal.qa.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.qa.entity.QuestionState;
import vn.egov.portal.qa.entity.RefusalReason;

/**
 * What anyone holding a tracking code may see: the state, the dates and the agency, never the
 * asker nor the wording. A split question shows its parts. Until an agency holds the question its
 * due date is the one the receipt promised ({@code dueExpected}), counted the same way.
 */
public record QuestionStatus(
        String trackingCode,
        QuestionState state,
        LocalDate receivedOn,
        LocalDate dueDate,
        boolean dueExpected,
        LocalDate promisedDate,
        LocalizedText agency,
        RefusalReason refusalReason,
        Long publishedId,
        List<QuestionStatus> parts) {

    /** {@code expected}: the due date the receipt gave, for a question no agency holds yet. */
    static QuestionStatus of(Question question, java.time.ZoneId zone, Function<Question, LocalDate> expected) {
        boolean waiting = question.getDueDate() == null && question.getState() == QuestionState.RECEIVED;
        return new QuestionStatus(
                question.getTrackingCode(),
                question.getState(),
                LocalDate.ofInstant(question.getReceivedAt(), zone),
                waiting ? expected.apply(question) : question.getDueDate(),
                waiting,
                question.getDeadline() == null ? null : question.getDeadline().getPromisedDate(),
                question.getAgency() == null ? null : question.getAgency().getName(),
                question.getRefusal() == null ? null : question.getRefusal().getReason(),
                question.getState() == QuestionState.PUBLISHED ? question.getId() : null,
                question.getParts().stream()
                        .map(part -> of(part, zone, expected))
                        .toList());
    }
}
