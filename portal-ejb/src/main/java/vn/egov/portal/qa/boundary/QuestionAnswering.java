package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import vn.egov.portal.qa.entity.AnswerDelegation;
import vn.egov.portal.qa.entity.Citation;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.qa.entity.QuestionState;
import vn.egov.portal.security.boundary.AccessDeniedException;
import vn.egov.portal.security.entity.Roles;
import vn.egov.portal.security.entity.UserAccount;

/**
 * The agency's side (Articles 9.4, 9.5, 16.4): the questions routed to it, answers with the legal
 * documents they rely on, progress notices with a new date, and handing back what is not theirs.
 * Only the head or a delegate on the register answers; anyone else gets 403.
 */
@Stateless
@RolesAllowed(Roles.AGENCY_ANSWERER)
public class QuestionAnswering {

    public static final int MAX_ANSWER = 20_000;

    @Inject
    QaAccess access;

    @Inject
    QuestionRepository questions;

    @Inject
    DelegationRegister register;

    @Inject
    CitationCheck citations;

    @Inject
    QuestionClock questionClock;

    @Inject
    QuestionNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    InputCheck inputs;

    @Inject
    Clock clock;

    public Question answer(long id, AnswerDraft draft) {
        Question question = routedToCaller(id);
        AnswerDelegation authority = requireAuthority(question);
        String text = Text.nfc(inputs.require(draft).text().strip());
        List<Citation> cited = citations.resolve(draft.citations());
        Instant now = clock.instant();
        question.answer(
                text,
                cited,
                authority.getKind() + " · " + authority.getReference(),
                now,
                authority.getAccount().getUsername());
        questionClock.stop(question, now);
        notices.answered(question);
        audit.record("qa.answer", QuestionDesk.target(question), cited.size() + " citations");
        return question;
    }

    /** A progress notice (Article 9.4): before the due date, the agency names the date it will answer by. */
    public Question promise(long id, LocalDate date, String note) {
        Question question = routedToCaller(id);
        requireAuthority(question);
        LocalDate today = LocalDate.now(clock);
        if (date == null || !date.isAfter(today)) {
            throw InvalidInputException.of("date", "qa.error.promise.date");
        }
        LocalDate due = question.getDueDate();
        if (due != null && today.isAfter(due)) {
            throw new ConflictException("qa.error.promise.late", "The due date " + due + " has passed");
        }
        question.promise(
                date, Text.clean(note), clock.instant(), access.requireAccount().getUsername());
        questionClock.promised(question);
        notices.promised(question);
        audit.record("qa.promise", QuestionDesk.target(question), date.toString());
        return question;
    }

    /** Not this agency's question: back to the board, with the reason, for routing elsewhere. */
    public Question returnToBoard(long id, String note) {
        Question question = routedToCaller(id);
        String reason = Text.clean(note);
        if (reason == null) {
            throw InvalidInputException.of("note", "qa.error.required.returnNote");
        }
        questionClock.cancel(question);
        question.returnToBoard(clock.instant(), access.requireAccount().getUsername(), reason);
        audit.record("qa.return", QuestionDesk.target(question), null);
        return question;
    }

    private Question routedToCaller(long id) {
        Question question = questions.get(id);
        access.requireAnswerer(question.getAgency());
        if (question.getState() != QuestionState.ROUTED) {
            throw new ConflictException("qa.error.state", "Question " + id + " is " + question.getState());
        }
        return question;
    }

    private AnswerDelegation requireAuthority(Question question) {
        UserAccount caller = access.requireAccount();
        return register.authorityOf(caller, question.getAgency(), LocalDate.now(clock))
                .orElseThrow(() -> new AccessDeniedException("Not the head nor a delegate on record of unit "
                        + question.getAgency().getCode()));
    }
}
