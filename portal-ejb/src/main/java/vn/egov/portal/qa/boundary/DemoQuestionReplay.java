package vn.egov.portal.qa.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import vn.egov.portal.privacy.entity.ErasureRequester;
import vn.egov.portal.qa.control.DemoQaData;
import vn.egov.portal.qa.control.QuestionClock;
import vn.egov.portal.qa.control.QuestionRedaction;
import vn.egov.portal.qa.control.QuestionRepository;
import vn.egov.portal.qa.entity.Citation;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.qa.entity.RefusalReason;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * Replays a demo question's story through the entity's rules, a day per step after its receipt:
 * routed by the board's secretary, transferred, promised, answered by the agency, published, erased.
 */
final class DemoQuestionReplay {

    private static final String BOARD = "thuky";
    private static final String ANSWERER = "traloi-sotp";
    private static final Duration STEP = Duration.ofDays(1);

    private final EntityManager em;
    private final QuestionRepository questions;
    private final QuestionClock questionClock;
    private final QaSettings settings;
    private final Clock clock;
    private final CitationCheck citations;

    DemoQuestionReplay(
            EntityManager em,
            QuestionRepository questions,
            QuestionClock questionClock,
            QaSettings settings,
            Clock clock,
            CitationCheck citations) {
        this.em = em;
        this.questions = questions;
        this.questionClock = questionClock;
        this.settings = settings;
        this.clock = clock;
        this.citations = citations;
    }

    void replayAll(List<DemoQaData.DemoQuestion> demos, BiFunction<DemoQaData.DemoQuestion, Instant, Question> submit) {
        LocalDate today = LocalDate.now(clock);
        for (DemoQaData.DemoQuestion demo : demos) {
            Instant receivedAt = today.minusDays(demo.daysAgo())
                    .atTime(LocalTime.of(9, 0))
                    .atZone(clock.getZone())
                    .toInstant();
            Question question = submit.apply(demo, receivedAt);
            Set<String> terms = settings.flagger().matches(question.getTitle(), question.getBody());
            if (!terms.isEmpty()) {
                question.flag(String.join(", ", terms), receivedAt);
            }
            em.persist(question);
            em.flush();
            replay(demo, question, receivedAt.plus(STEP), today);
        }
    }

    private void replay(DemoQaData.DemoQuestion demo, Question question, Instant at, LocalDate today) {
        if (demo.refuse() != null) {
            question.refuse(
                    RefusalReason.valueOf(demo.refuse().reason()), demo.refuse().note(), at, BOARD);
            return;
        }
        if (demo.split() != null) {
            split(demo, question, at);
            return;
        }
        if (demo.route() == null) {
            return;
        }
        question.route(unit(demo.route()), question.getReceivedAt(), at, BOARD);
        questionClock.start(question, at);
        Instant next = at.plus(STEP);
        if (demo.transfer() != null) {
            questionClock.cancel(question);
            Instant start = settings.transferRule().clockStart(question.getReceivedAt(), next);
            question.transfer(
                    unit(demo.transfer().to()),
                    start,
                    next,
                    BOARD,
                    demo.transfer().note());
            questionClock.start(question, next);
            next = next.plus(STEP);
        }
        if (demo.promise() != null) {
            question.promise(
                    today.plusDays(demo.promise().inDays()), demo.promise().note(), next, ANSWERER);
            questionClock.promised(question);
        }
        if (demo.answer() != null) {
            answer(demo, question, next);
        }
    }

    private void answer(DemoQaData.DemoQuestion demo, Question question, Instant at) {
        List<Citation> cited = citations.resolve(demo.answer().citations().stream()
                .map(c -> new CitationDraft(null, c.numberSymbol(), c.excerpt(), c.issuedOn(), c.issuingBody()))
                .toList());
        boolean ours = "so-tu-phap".equals(question.getAgency().getCode());
        question.answer(
                demo.answer().text(), cited, ours ? "DELEGATE · 15/GUQ-STP" : "HEAD", at, ours ? ANSWERER : "demo");
        questionClock.stop(question, at);
        Instant later = at.plus(STEP);
        List<String> known = question.getAsker().identifyingValues();
        if (demo.publish()) {
            Question.Redacted copy = QuestionRedaction.of(question, known);
            question.publish(copy.title(), copy.body(), copy.answer(), later, BOARD);
        }
        if (demo.erase() != null) {
            ErasureRequester by = ErasureRequester.valueOf(demo.erase().requestedBy());
            question.erase(
                    QuestionRedaction.of(question, known), by, demo.erase().reference(), later.plus(STEP), BOARD);
        }
    }

    private void split(DemoQaData.DemoQuestion demo, Question question, Instant at) {
        List<Question.PartDraft> drafts = demo.split().stream()
                .map(part -> new Question.PartDraft(part.title(), part.body(), questions.field(part.field(), "field")))
                .toList();
        List<Question> parts = question.split(drafts, at, BOARD);
        for (int i = 0; i < parts.size(); i++) {
            em.persist(parts.get(i));
            parts.get(i).route(unit(demo.split().get(i).agency()), question.getReceivedAt(), at, BOARD);
            em.flush();
            questionClock.start(parts.get(i), at);
        }
    }

    private OrgUnit unit(String code) {
        return em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
                .setParameter("code", code)
                .getSingleResult();
    }
}
