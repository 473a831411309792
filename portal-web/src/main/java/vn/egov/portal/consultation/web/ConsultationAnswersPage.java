package vn.egov.portal.consultation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.egov.portal.consultation.boundary.AnswerForm;
import vn.egov.portal.consultation.boundary.CommentGroup;
import vn.egov.portal.consultation.boundary.ConsultationAnswers;
import vn.egov.portal.consultation.boundary.ConsultationDesk;
import vn.egov.portal.consultation.entity.AnswerVerdict;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.ConsultationState;
import vn.egov.portal.content.web.PublicPages;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;

/**
 * The summary part of one consultation's console page: once closed, an answer (verdict and
 * explanation) per comment or campaign, then publishing the summary and, later, archiving. A
 * campaign is one row, answered once for all its copies.
 */
@Named
@ViewScoped
public class ConsultationAnswersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationAnswers answers;

    @Inject
    ConsultationDesk desk;

    @Inject
    ConsultationConsolePage page;

    private long id;
    private final Map<Long, String> verdicts = new HashMap<>();
    private final Map<Long, String> explanations = new HashMap<>();
    private transient ConsultationState state;
    private transient List<CommentGroup> groups;

    @PostConstruct
    void init() {
        Long requested = PublicPages.longParam("id");
        id = desk.get(requested == null ? -1 : requested).getId();
    }

    public ConsultationState getState() {
        if (state == null) {
            state = desk.get(id).getState();
        }
        return state;
    }

    /** Shown from the close on; answers can be changed only until the summary is published. */
    public boolean isShown() {
        return getState().compareTo(ConsultationState.CLOSED) >= 0;
    }

    public boolean isAnswering() {
        return getState() == ConsultationState.CLOSED;
    }

    public List<CommentGroup> getGroups() {
        if (groups == null) {
            groups = answers.groups(id);
            for (CommentGroup group : groups) {
                Comment first = group.first();
                verdicts.putIfAbsent(
                        first.getId(),
                        first.getVerdict() == null ? null : first.getVerdict().name());
                explanations.putIfAbsent(first.getId(), first.getAnswer());
            }
        }
        return groups;
    }

    public long getUnanswered() {
        return getGroups().stream().filter(g -> !g.first().isAnswered()).count();
    }

    public AnswerVerdict[] getVerdictChoices() {
        return AnswerVerdict.values();
    }

    public void answer(CommentGroup group) {
        long first = group.first().getId();
        String verdict = verdicts.get(first);
        AnswerVerdict chosen = verdict == null || verdict.isBlank() ? null : AnswerVerdict.valueOf(verdict);
        act(
                () -> answers.answer(first, new AnswerForm(chosen, explanations.get(first))),
                "consultation.console.answered");
    }

    public void publishSummary() {
        act(() -> answers.publishSummary(id), "consultation.console.summaryPublished");
    }

    public void archive() {
        act(() -> desk.archive(id), "consultation.console.archived");
    }

    private void act(Supplier<?> action, String doneKey) {
        try {
            action.get();
            FacesFeedback.note(doneKey);
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "answers");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(denied);
        } finally {
            state = null;
            groups = null;
            page.refresh();
        }
    }

    public Map<Long, String> getVerdicts() {
        return verdicts;
    }

    public Map<Long, String> getExplanations() {
        return explanations;
    }
}
