package vn.egov.portal.qa.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.qa.entity.QaField;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.qa.entity.QuestionState;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * Reads of questions and fields for the other Q&A boundaries, which check the caller first. Not
 * for pages: whatever leaves through here may hold personal data.
 */
@Stateless
@PermitAll
public class QuestionRepository {

    @PersistenceContext
    EntityManager em;

    public void add(Question question) {
        em.persist(question);
        em.flush();
    }

    public Optional<Question> findByTrackingCode(String code) {
        return em.createNamedQuery(Question.BY_CODE, Question.class).setParameter("code", code).getResultList().stream()
                .findFirst();
    }

    /** Whether a question has this tracking code; reads the key only, for a new code's check. */
    public boolean isTrackingCodeTaken(String code) {
        return !em.createNamedQuery(Question.CODE_TAKEN, Long.class)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public Question get(long id) {
        return Optional.ofNullable(em.find(Question.class, id))
                .orElseThrow(() -> new NotFoundException("Question", id));
    }

    public List<Question> listInStates(Collection<QuestionState> states, int max) {
        return em.createNamedQuery(Question.IN_STATES, Question.class)
                .setParameter("states", states)
                .setMaxResults(max)
                .getResultList();
    }

    public List<Question> listWithAgencies(Collection<OrgUnit> agencies, Collection<QuestionState> states) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Question.WITH_AGENCIES, Question.class)
                .setParameter("agencies", agencies)
                .setParameter("states", states)
                .getResultList();
    }

    public List<Question> listErasurePending() {
        return em.createNamedQuery(Question.ERASURE_PENDING, Question.class).getResultList();
    }

    public List<QaField> listFields() {
        return em.createNamedQuery(QaField.ALL, QaField.class).getResultList();
    }

    /** The field of this code; an unknown code is the caller's mistake, named after {@code input}. */
    public QaField field(String code, String input) {
        return em.createNamedQuery(QaField.BY_CODE, QaField.class).setParameter("code", code).getResultList().stream()
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(input, "qa.error.field"));
    }
}
