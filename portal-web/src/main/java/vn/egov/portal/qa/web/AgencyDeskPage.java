package vn.egov.portal.qa.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.qa.boundary.AgencyLoad;
import vn.egov.portal.qa.boundary.AnswerDraft;
import vn.egov.portal.qa.boundary.AskerRecord;
import vn.egov.portal.qa.boundary.AskerRecords;
import vn.egov.portal.qa.boundary.CitationCheck;
import vn.egov.portal.qa.boundary.OpenQuestion;
import vn.egov.portal.qa.boundary.QaDashboard;
import vn.egov.portal.qa.boundary.QuestionAnswering;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.security.boundary.AccessDeniedException;
import vn.egov.portal.security.entity.Roles;

/**
 * The agencies' desk (/admin/hoi-dap/answers.xhtml): open, due-soon and overdue questions per agency,
 * and for an answerer the answer with its citations, a progress notice with a new date, or handing
 * the question back to the board. The board sees every agency's load.
 */
@Named
@ViewScoped
public class AgencyDeskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QaDashboard dashboard;

    @Inject
    QuestionAnswering answering;

    @Inject
    AskerRecords askers;

    @Inject
    CitationCheck citationCheck;

    @Inject
    SecurityContext security;

    private List<AgencyLoad> loads;
    private List<OpenQuestion> open;
    private Long selectedId;
    private Question selected;
    private AskerRecord asker;
    private String answerText;
    private final List<CitationRow> citations = new ArrayList<>();
    private LocalDate promisedDate;
    private String note;

    @PostConstruct
    void load() {
        open = dashboard.listOpen();
        loads = AgencyLoad.tally(open);
        selected = selectedId == null ? null : dashboard.getCase(selectedId);
    }

    public void select(Question question) {
        selectedId = question.getId();
        selected = dashboard.getCase(selectedId);
        asker = null;
        answerText = null;
        promisedDate = null;
        note = null;
        citations.clear();
        citations.add(new CitationRow());
    }

    /** Fills a citation from the legal-documents register by its number and symbol. */
    public void lookUp(CitationRow row) {
        citationCheck
                .lookup(row.getNumberSymbol())
                .ifPresentOrElse(
                        row::fill,
                        () -> FacesFeedback.show(new ConflictException(
                                "qa.agency.notInRegister", "No such document: " + row.getNumberSymbol())));
    }

    public void addCitation() {
        citations.add(new CitationRow());
    }

    public void answer() {
        act(
                () -> answering.answer(
                        selectedId,
                        new AnswerDraft(
                                answerText,
                                citations.stream().map(CitationRow::toDraft).toList())),
                "qa.agency.answered");
    }

    public void promise() {
        act(() -> answering.promise(selectedId, promisedDate, note), "qa.agency.promised");
    }

    public void giveBack() {
        act(() -> answering.returnToBoard(selectedId, note), "qa.agency.returned");
    }

    public void revealAsker() {
        asker = askers.reveal(selectedId);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesFeedback.done(doneKey);
            selectedId = null;
            load();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "detail");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(new ConflictException("qa.agency.notYours", denied.getMessage()));
        }
    }

    public boolean isAnswerer() {
        return security.isCallerInRole(Roles.AGENCY_ANSWERER);
    }

    public List<AgencyLoad> getLoads() {
        return loads;
    }

    public List<OpenQuestion> getOpen() {
        return open;
    }

    public Question getSelected() {
        return selected;
    }

    public AskerRecord getAsker() {
        return asker;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public List<CitationRow> getCitations() {
        return citations;
    }

    public LocalDate getPromisedDate() {
        return promisedDate;
    }

    public void setPromisedDate(LocalDate promisedDate) {
        this.promisedDate = promisedDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
