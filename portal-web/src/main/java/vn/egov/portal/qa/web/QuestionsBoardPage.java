package vn.egov.portal.qa.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.privacy.boundary.ErasureRequest;
import vn.egov.portal.privacy.entity.ErasureRequester;
import vn.egov.portal.qa.boundary.AskerRecord;
import vn.egov.portal.qa.boundary.AskerRecords;
import vn.egov.portal.qa.boundary.QuestionDesk;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.qa.entity.QuestionState;
import vn.egov.portal.qa.entity.RefusalReason;

/**
 * The board's desk (/admin/hoi-dap/questions.xhtml): the queue by state, and for the selected
 * question classification, routing with the routing table's proposal, refusal, transfer, split,
 * the asker's particulars on request (logged) and erasure.
 */
@Named
@ViewScoped
public class QuestionsBoardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionDesk desk;

    @Inject
    AskerRecords askers;

    private QuestionState state = QuestionState.RECEIVED;
    private List<Question> questions;
    private List<Question> erasureRequests;
    private Long selectedId;
    private Question selected;
    private AskerRecord asker;
    private final BoardActions form = new BoardActions();
    private final List<PartRow> parts = new ArrayList<>();

    @PostConstruct
    void load() {
        questions = desk.listQueue(state == null ? EnumSet.allOf(QuestionState.class) : EnumSet.of(state));
        erasureRequests = desk.listErasureRequests();
        if (selectedId != null) {
            selected = desk.get(selectedId);
        }
    }

    public void select(Question question) {
        selectedId = question.getId();
        selected = desk.get(selectedId);
        asker = null;
        form.reset(selected);
        parts.clear();
        parts.add(new PartRow());
        parts.add(new PartRow());
    }

    public void classify() {
        act(() -> desk.classify(selectedId, form.getField()), "qa.board.classified");
        form.proposeFrom(selected);
    }

    public void route() {
        act(() -> desk.route(selectedId, form.getAgency()), "qa.board.routed");
    }

    public void refuse() {
        act(() -> desk.refuse(selectedId, form.getReason(), form.getNote()), "qa.board.refused");
    }

    public void transfer() {
        act(() -> desk.transfer(selectedId, form.getAgency(), form.getNote()), "qa.board.transferred");
    }

    public void split() {
        act(() -> desk.split(selectedId, parts.stream().map(PartRow::toRequest).toList()), "qa.board.split");
    }

    public void addPart() {
        parts.add(new PartRow());
    }

    public void revealAsker() {
        asker = askers.reveal(selectedId);
    }

    public void erase() {
        act(
                () -> askers.erase(selectedId, new ErasureRequest(form.getRequester(), form.getReference())),
                "qa.board.erased");
        asker = null;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesFeedback.done(doneKey);
            load();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "detail");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        }
    }

    public void reload() {
        selectedId = null;
        selected = null;
        load();
    }

    public QuestionState getState() {
        return state;
    }

    public void setState(QuestionState state) {
        this.state = state;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public List<Question> getErasureRequests() {
        return erasureRequests;
    }

    public Question getSelected() {
        return selected;
    }

    public AskerRecord getAsker() {
        return asker;
    }

    public BoardActions getForm() {
        return form;
    }

    public List<PartRow> getParts() {
        return parts;
    }

    /** The choices of the desk's forms; the agency starts at the routing table's proposal. */
    public static class BoardActions implements Serializable {

        private static final long serialVersionUID = 1L;
        private String field;
        private String agency;
        private String note;
        private RefusalReason reason;
        private ErasureRequester requester;
        private String reference;

        void reset(Question question) {
            field = question.getField() == null ? null : question.getField().getCode();
            agency = null;
            note = null;
            reason = null;
            requester = null;
            reference = null;
            proposeFrom(question);
        }

        void proposeFrom(Question question) {
            if (question.getField() != null && question.getField().getAgency() != null) {
                agency = question.getField().getAgency().getCode();
            }
        }

        public String getField() {
            return field;
        }

        public void setField(String field) {
            this.field = field;
        }

        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public RefusalReason getReason() {
            return reason;
        }

        public void setReason(RefusalReason reason) {
            this.reason = reason;
        }

        public ErasureRequester getRequester() {
            return requester;
        }

        public void setRequester(ErasureRequester requester) {
            this.requester = requester;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }
    }
}
