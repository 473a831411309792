package vn.egov.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import vn.egov.portal.content.boundary.ArticleOffer;
import vn.egov.portal.content.boundary.ArticleWorkflow;
import vn.egov.portal.content.boundary.EditorialQueries;
import vn.egov.portal.content.boundary.EditorialService;
import vn.egov.portal.content.boundary.ScreeningService;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleEvent;
import vn.egov.portal.content.entity.ArticleRevision;
import vn.egov.portal.content.entity.ArticleText;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.security.boundary.AccessDeniedException;

/**
 * The review side of the article page: the moves the official may make (with a comment), the
 * screening hits highlighted, the history of moves, revisions and the difference between two of them.
 */
@Named
@ViewScoped
public class ArticleReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String OFFER = ArticleReviewPage.class.getName() + ".offer";
    private static final String SCREENING = ArticleReviewPage.class.getName() + ".screening";

    @Inject
    ArticleWorkflow workflow;

    @Inject
    EditorialQueries queries;

    @Inject
    EditorialService editorial;

    @Inject
    ScreeningService screening;

    private Long id;
    private String comment;
    private Integer older;
    private Integer newer;
    private EditorialQueries.RevisionDiff diff;

    @PostConstruct
    void init() {
        id = PublicPages.longParam("id");
    }

    public boolean isShown() {
        return id != null;
    }

    public Article getArticle() {
        return queries.getArticle(id);
    }

    /** What the official may do with the article; asked once per request, the page asks it often. */
    public ArticleOffer getOffer() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return (ArticleOffer) faces.getAttributes().computeIfAbsent(OFFER, key -> workflow.offer(id));
    }

    public List<WorkflowAction> getActions() {
        return getOffer().actions();
    }

    /** The moves from this state that are not the official's, each with why: a missing button explained. */
    public List<Map.Entry<WorkflowAction, String>> getRefused() {
        return List.copyOf(getOffer().refused().entrySet());
    }

    public void act(WorkflowAction action) {
        try {
            workflow.transition(id, action, comment);
            comment = null;
            FacesFeedback.done("workflow.done." + action.name());
            reopen();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "review");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(denied);
        }
    }

    public void reviewScreening() {
        try {
            workflow.reviewScreening(id, comment);
            comment = null;
            FacesFeedback.done("screening.reviewed");
            reopen();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "review");
        }
    }

    /** The article's page afresh after a move, so every part of it (the editor too) shows the new state. */
    private void reopen() {
        Faces.redirect("admin/noi-dung/article.xhtml?id=" + id);
    }

    /** The screening hits highlighted; worked out once per request, the page shows four parts of it. */
    public ScreeningService.Report getScreening() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return (ScreeningService.Report)
                faces.getAttributes().computeIfAbsent(SCREENING, key -> screening.report(getArticle()));
    }

    public String getScreeningPhrases() {
        return String.join(", ", getScreening().phrases());
    }

    public void translate() {
        Article original = getArticle();
        ArticleText copy = ArticleText.from(original);
        Article english = editorial.translate(id, copy);
        Faces.redirect("admin/noi-dung/article.xhtml?id=" + english.getId());
    }

    /**
     * Sends a copy up to the main board. The proposer stays with their original: the copy is the main
     * portal's, which a sub-portal's editor may not open; the original shows how the proposal stands.
     */
    public void propose() {
        try {
            editorial.proposeToMainPortal(id, comment);
            comment = null;
            FacesFeedback.done("article.proposed");
            reopen();
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(denied);
        }
    }

    public List<ArticleEvent> getHistory() {
        return queries.listHistory(id);
    }

    public List<ArticleRevision> getRevisions() {
        return queries.listRevisions(id);
    }

    public void compare() {
        if (older != null && newer != null) {
            diff = queries.diff(id, older, newer);
        }
    }

    public String getTitleDiff() {
        return diff == null ? null : ArticleEditorPage.render(diff.title(), false);
    }

    public String getSummaryDiff() {
        return diff == null ? null : ArticleEditorPage.render(diff.summary(), false);
    }

    public String getBodyDiff() {
        return diff == null ? null : ArticleEditorPage.render(diff.body(), true);
    }

    public EditorialQueries.RevisionDiff getDiff() {
        return diff;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Integer getOlder() {
        return older;
    }

    public void setOlder(Integer older) {
        this.older = older;
    }

    public Integer getNewer() {
        return newer;
    }

    public void setNewer(Integer newer) {
        this.newer = newer;
    }
}
