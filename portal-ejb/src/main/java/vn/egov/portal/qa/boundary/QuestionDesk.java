package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.qa.control.QaAccess;
import vn.egov.portal.qa.control.QuestionClock;
import vn.egov.portal.qa.control.QuestionNotices;
import vn.egov.portal.qa.control.QuestionRepository;
import vn.egov.portal.qa.entity.EventKind;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.qa.entity.QuestionState;
import vn.egov.portal.qa.entity.RefusalReason;
import vn.egov.portal.security.entity.Roles;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * The editorial board's desk (Article 9.3): it receives each question, classifies it by field,
 * routes it to the competent agency the routing table proposes, refuses what Q&A does not take,
 * moves a question to another agency and splits one for several agencies.
 */
@Stateless
@RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY})
public class QuestionDesk {

    @Inject
    QaAccess access;

    @Inject
    QuestionRepository questions;

    @Inject
    SiteDirectory directory;

    @Inject
    QuestionClock questionClock;

    @Inject
    QuestionNotices notices;

    @Inject
    QaSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    InputCheck inputs;

    @Inject
    Clock clock;

    public List<Question> listQueue(Collection<QuestionState> states) {
        access.requireBoard();
        return questions.listInStates(states, 500);
    }

    /** Questions whose askers asked for erasure, which the board has not executed yet. */
    public List<Question> listErasureRequests() {
        access.requireBoard();
        return questions.listErasurePending();
    }

    public Question get(long id) {
        access.requireBoard();
        return questions.get(id);
    }

    public Question classify(long id, String fieldCode) {
        String actor = access.requireBoard().getUsername();
        Question question = open(id);
        question.classify(questions.field(fieldCode, "field"), clock.instant(), actor);
        audit.record("qa.classify", target(question), fieldCode);
        return question;
    }

    /** Routes a received question; the clock counts from receipt, or by the transfer rule after a return. */
    public Question route(long id, String agencyCode) {
        String actor = access.requireBoard().getUsername();
        Question question = inState(id, QuestionState.RECEIVED);
        Instant now = clock.instant();
        question.route(agency(agencyCode), clockStartOf(question, now), now, actor);
        questionClock.start(question, now);
        audit.record("qa.route", target(question), agencyCode);
        return question;
    }

    public Question refuse(long id, RefusalReason reason, String note) {
        String actor = access.requireBoard().getUsername();
        if (reason == null) {
            throw InvalidInputException.of("reason", "qa.error.required.reason");
        }
        Question question = inState(id, QuestionState.RECEIVED);
        question.refuse(reason, Text.clean(note), clock.instant(), actor);
        notices.refused(question);
        audit.record("qa.refuse", target(question), reason.name());
        return question;
    }

    /** Moves a routed question to another agency; by default its clock starts again (configurable). */
    public Question transfer(long id, String agencyCode, String note) {
        String actor = access.requireBoard().getUsername();
        Question question = inState(id, QuestionState.ROUTED);
        OrgUnit to = agency(agencyCode);
        if (to.equals(question.getAgency())) {
            throw InvalidInputException.of("agency", "qa.error.sameAgency");
        }
        Instant now = clock.instant();
        questionClock.cancel(question);
        question.transfer(
                to, settings.transferRule().clockStart(question.getReceivedAt(), now), now, actor, Text.clean(note));
        questionClock.start(question, now);
        audit.record("qa.transfer", target(question), agencyCode);
        return question;
    }

    /** Splits a question into parts (at least two), each routed at once to its own agency. */
    public List<Question> split(long id, List<PartRequest> requests) {
        String actor = access.requireBoard().getUsername();
        Question question = open(id);
        inputs.require(new PartRequest.Parts(requests));
        Instant now = clock.instant();
        Instant start = clockStartOf(question, now);
        questionClock.cancel(question);
        List<Question.PartDraft> drafts = requests.stream()
                .map(part -> new Question.PartDraft(
                        Text.clean(part.title()),
                        Text.nfc(part.body().strip()),
                        questions.field(part.field(), "field")))
                .toList();
        List<Question> parts = question.split(drafts, now, actor);
        for (int i = 0; i < parts.size(); i++) {
            questions.add(parts.get(i));
            parts.get(i).route(agency(requests.get(i).agency()), start, now, actor);
            questionClock.start(parts.get(i), now);
        }
        audit.record("qa.split", target(question), parts.size() + " parts");
        return parts;
    }

    /** First routing counts from receipt; after the agency handed it back, the transfer rule decides. */
    private Instant clockStartOf(Question question, Instant now) {
        boolean returned = question.getEvents().stream().anyMatch(event -> event.getKind() == EventKind.RETURNED);
        return returned ? settings.transferRule().clockStart(question.getReceivedAt(), now) : question.getReceivedAt();
    }

    private Question open(long id) {
        Question question = questions.get(id);
        if (!question.getState().isOpen()) {
            throw new ConflictException("qa.error.state", "Question " + id + " is " + question.getState());
        }
        return question;
    }

    private Question inState(long id, QuestionState state) {
        Question question = questions.get(id);
        if (question.getState() != state) {
            throw new ConflictException("qa.error.state", "Question " + id + " is " + question.getState());
        }
        return question;
    }

    private OrgUnit agency(String code) {
        if (Text.isBlank(code)) {
            throw InvalidInputException.of("agency", "qa.error.required.agency");
        }
        return directory
                .findOrgUnit(code.strip())
                .orElseThrow(() -> InvalidInputException.of("agency", "qa.error.agency"));
    }

    static String target(Question question) {
        return "question " + question.getId();
    }
}
