package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.privacy.control.PiiDetector;
import vn.egov.portal.privacy.control.PiiFinding;
import vn.egov.portal.privacy.control.PiiKind;
import vn.egov.portal.qa.control.QaAccess;
import vn.egov.portal.qa.control.QuestionRedaction;
import vn.egov.portal.qa.control.QuestionRepository;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.qa.entity.QuestionState;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.SearchWithdrawal;
import vn.egov.portal.search.entity.Searchable;

/**
 * Publication of answers of general interest (Article 9.3) without personal data (Article 19.1):
 * the board starts from a copy with everything the detectors find already redacted, edits it, and
 * publishes only when nothing personal is left. The asker's own particulars block publication.
 */
@Stateless
@RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY})
public class QuestionPublication {

    @Inject
    QaAccess access;

    @Inject
    QuestionRepository questions;

    @Inject
    PublicContentVersion publicContent;

    @Inject
    AuditTrail audit;

    @Inject
    InputCheck inputs;

    @Inject
    Clock clock;

    @Inject
    PublishedAnswers published;

    @Inject
    Event<Searchable> searchable;

    @Inject
    Event<SearchWithdrawal> withdrawn;

    /** The proposed public copy: the detectors' findings already replaced by a mark. */
    public PiiReview draft(long id) {
        access.requireBoard();
        Question question = answered(id);
        List<String> known = knownValues(question);
        Question.Redacted copy = QuestionRedaction.of(question, known);
        return review(question, copy.title(), copy.body(), copy.answer());
    }

    /** What the detectors find in the board's edited copy. */
    public PiiReview check(long id, PublicationRequest copy) {
        access.requireBoard();
        return review(answered(id), copy.title(), copy.body(), copy.answer());
    }

    public Question publish(long id, PublicationRequest copy) {
        String actor = access.requireBoard().getUsername();
        Question question = answered(id);
        inputs.require(copy);
        PiiReview review = review(question, copy.title(), copy.body(), copy.answer());
        if (review.namesTheAsker() || (!review.isClean() && !copy.reviewed())) {
            throw new InvalidInputException(findingErrors(review));
        }
        question.publish(
                Text.clean(copy.title()),
                Text.nfc(copy.body().strip()),
                Text.nfc(copy.answer().strip()),
                clock.instant(),
                actor);
        publicContent.changed();
        published.find(id).ifPresent(qa -> searchable.fire(AnswerSearchSource.of(qa, clock.getZone())));
        audit.record("qa.publish", QuestionDesk.target(question), review.isClean() ? null : "findings reviewed");
        return question;
    }

    public Question unpublish(long id, String note) {
        String actor = access.requireBoard().getUsername();
        Question question = questions.get(id);
        if (question.getState() != QuestionState.PUBLISHED) {
            throw new ConflictException("qa.error.state", "Question " + id + " is not published");
        }
        question.unpublish(clock.instant(), actor, Text.clean(note));
        publicContent.changed();
        withdrawn.fire(new SearchWithdrawal(SearchKind.ANSWER, id));
        audit.record("qa.unpublish", QuestionDesk.target(question), null);
        return question;
    }

    private PiiReview review(Question question, String title, String body, String answer) {
        List<String> known = knownValues(question);
        return new PiiReview(
                title,
                body,
                answer,
                PiiDetector.find(title, known),
                PiiDetector.find(body, known),
                askerIn(answer, known));
    }

    /**
     * In the answer only the asker's own particulars count: an agency may well print its public
     * hotline or address there.
     */
    private static List<PiiFinding> askerIn(String answer, List<String> known) {
        return PiiDetector.findKnownValues(answer, known);
    }

    private static Map<String, String> findingErrors(PiiReview review) {
        Map<String, String> errors = new LinkedHashMap<>();
        finding(errors, "title", review.titleFindings());
        finding(errors, "body", review.bodyFindings());
        finding(errors, "answer", review.answerFindings());
        return errors;
    }

    private static void finding(Map<String, String> errors, String field, List<PiiFinding> findings) {
        if (findings.stream().anyMatch(f -> f.kind() == PiiKind.KNOWN_VALUE)) {
            errors.put(field, "qa.error.publication.asker");
        } else if (!findings.isEmpty()) {
            errors.put(field, "qa.error.publication.personal");
        }
    }

    private static List<String> knownValues(Question question) {
        return question.getAsker() == null ? List.of() : question.getAsker().identifyingValues();
    }

    private Question answered(long id) {
        Question question = questions.get(id);
        if (!question.getState().isAnswered()) {
            throw new ConflictException("qa.error.state", "Question " + id + " has no answer");
        }
        return question;
    }
}
