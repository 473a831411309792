package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import vn.egov.portal.deadline.entity.DeadlineStatus;
import vn.egov.portal.qa.control.QaAccess;
import vn.egov.portal.qa.control.QuestionClock;
import vn.egov.portal.qa.control.QuestionRepository;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.qa.entity.QuestionState;
import vn.egov.portal.security.entity.Roles;
import vn.egov.portal.security.entity.UserAccount;

/**
 * Each agency's open, due-soon and overdue questions (Article 9.4): an answerer sees their own
 * agencies, the board sees all of them.
 */
@Stateless
@RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.AGENCY_ANSWERER})
public class QaDashboard {

    @Inject
    QaAccess access;

    @Inject
    QuestionRepository questions;

    @Inject
    QuestionClock questionClock;

    @Inject
    Clock clock;

    /** The routed questions the caller may see, most urgent first. */
    public List<OpenQuestion> listOpen() {
        return questionClock.standings(visibleRouted(), LocalDate.now(clock)).stream()
                .sorted(Comparator.comparing((OpenQuestion open) -> urgency(open.status()))
                        .thenComparing(open -> open.question().getReceivedAt()))
                .toList();
    }

    /** One question for the board, or for the answerers of the agency holding it. */
    public Question getCase(long id) {
        Question question = questions.get(id);
        access.requireBoardOrAnswerer(question.getAgency());
        return question;
    }

    /** Per agency: open, due soon, overdue. */
    public List<AgencyLoad> loads() {
        return AgencyLoad.tally(listOpen());
    }

    private List<Question> visibleRouted() {
        UserAccount caller = access.requireAccount();
        EnumSet<QuestionState> routed = EnumSet.of(QuestionState.ROUTED);
        return access.isBoard(caller)
                ? questions.listInStates(routed, 2000)
                : questions.listWithAgencies(access.answeringUnits(), routed);
    }

    /** Escalated first, then overdue, due today, due soon, on track, and questions without a date last. */
    private static int urgency(DeadlineStatus status) {
        return status == null ? DeadlineStatus.values().length : DeadlineStatus.values().length - 1 - status.ordinal();
    }
}
