package vn.egov.portal.qa.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.qa.boundary.PiiReview;
import vn.egov.portal.qa.boundary.PublicationRequest;
import vn.egov.portal.qa.boundary.QuestionDesk;
import vn.egov.portal.qa.boundary.QuestionPublication;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.qa.entity.QuestionState;

/**
 * Publication (/admin/hoi-dap/publication.xhtml): answered questions, each opened on a public copy
 * with the detectors' findings already redacted; the board edits, checks again and publishes, or
 * withdraws a published answer.
 */
@Named
@ViewScoped
public class PublicationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionDesk desk;

    @Inject
    QuestionPublication publication;

    private List<Question> questions;
    private Long selectedId;
    private Question selected;
    private String title;
    private String body;
    private String answer;
    private boolean reviewed;
    private PiiReview review;
    private String note;

    @PostConstruct
    void load() {
        // Newest first: the board publishes this week's answers; last year's stay behind them.
        questions = desk.listQueue(EnumSet.of(QuestionState.ANSWERED, QuestionState.PUBLISHED)).stream()
                .sorted(Comparator.comparing(Question::getReceivedAt)
                        .thenComparing(Question::getId)
                        .reversed())
                .toList();
    }

    public void select(Question question) {
        selectedId = question.getId();
        selected = desk.get(selectedId);
        reviewed = false;
        note = null;
        if (selected.getState() == QuestionState.ANSWERED) {
            review = publication.draft(selectedId);
            title = review.title();
            body = review.body();
            answer = review.answer();
        } else {
            review = null;
        }
    }

    public void check() {
        review = publication.check(selectedId, copy());
    }

    public void publish() {
        try {
            publication.publish(selectedId, copy());
            FacesFeedback.done("qa.publication.published");
            selected = null;
            load();
        } catch (InvalidInputException invalid) {
            review = publication.check(selectedId, copy());
            FacesFeedback.show(invalid, "detail");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        }
    }

    public void unpublish() {
        try {
            publication.unpublish(selectedId, note);
            FacesFeedback.done("qa.publication.withdrawn");
            selected = null;
            load();
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        }
    }

    private PublicationRequest copy() {
        return new PublicationRequest(title, body, answer, reviewed);
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public Question getSelected() {
        return selected;
    }

    public PiiReview getReview() {
        return review;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public boolean isReviewed() {
        return reviewed;
    }

    public void setReviewed(boolean reviewed) {
        this.reviewed = reviewed;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
