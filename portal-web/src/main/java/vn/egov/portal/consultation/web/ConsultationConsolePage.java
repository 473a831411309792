package vn.egov.portal.consultation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.egov.portal.consultation.boundary.CommentModeration;
import vn.egov.portal.consultation.boundary.ConsultationDesk;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.CommentState;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.ConsultationState;
import vn.egov.portal.consultation.entity.PartKind;
import vn.egov.portal.content.web.PublicPages;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.paging.web.PageLinks;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;

/**
 * One consultation in the lead agency's console (/admin/lay-y-kien/consultation.xhtml?id=): open,
 * extend with a reason, close; moderate its comments (publish, or refuse with a reason); correct the
 * split while it is a draft. What it reads is read again after every action.
 */
@Named
@ViewScoped
public class ConsultationConsolePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    ConsultationDesk desk;

    @Inject
    CommentModeration moderation;

    private Long id;
    private LocalDateTime extendTo;
    private String extendReason;
    private final Map<Long, String> refusals = new HashMap<>();
    private List<SplitRow> rows;
    private transient Consultation consultation;
    private int page;
    private transient ResultPage<Comment> comments;
    private transient Map<Long, Integer> copies;
    private transient Map<CommentState, Long> counts;

    /** When the page is first drawn: an unknown id is a 404, another agency's a 403. */
    @PostConstruct
    void init() {
        Long requested = PublicPages.longParam("id");
        consultation = desk.get(requested == null ? -1 : requested);
        id = consultation.getId();
        page = PageRequest.parse(PublicPages.param(PageLinks.PARAMETER), PAGE_SIZE)
                .number();
    }

    /** Reads everything afresh: another part of the page (the summary) changed the consultation. */
    public void refresh() {
        consultation = null;
        comments = null;
        copies = null;
        counts = null;
    }

    public Consultation getConsultation() {
        if (consultation == null) {
            consultation = desk.get(id);
        }
        return consultation;
    }

    /** The page of comments asked for (?trang=), newest first, with their particulars; the boundary audits the view. */
    public ResultPage<Comment> getComments() {
        if (comments == null) {
            comments = moderation.list(id, new PageRequest(page, PAGE_SIZE));
        }
        return comments;
    }

    /** How many copies the comment's campaign group holds (1: a comment like no other on its part). */
    public int copies(Comment comment) {
        if (copies == null) {
            copies = moderation.campaignCopies(id);
        }
        return copies.getOrDefault(comment.getId(), 1);
    }

    public long count(CommentState state) {
        if (counts == null) {
            counts = moderation.counts(id);
        }
        return counts.get(state);
    }

    /** The console address of another page of comments. */
    public String pageLink(int number) {
        return "consultation.xhtml?id=" + id + (number > 1 ? "&" + PageLinks.PARAMETER + "=" + number : "");
    }

    public boolean isDraft() {
        return getConsultation().getState() == ConsultationState.DRAFT;
    }

    public boolean isOpen() {
        return getConsultation().getState() == ConsultationState.OPEN;
    }

    public void open() {
        act("actions", () -> desk.open(id), "consultation.console.opened");
    }

    public void close() {
        act("actions", () -> desk.close(id), "consultation.console.closed");
    }

    public void extend() {
        if (act("actions", () -> desk.extend(id, extendTo, extendReason), "consultation.console.extended")) {
            extendTo = null;
            extendReason = null;
        }
    }

    public void publish(Comment comment) {
        act("comments", () -> moderation.publish(comment.getId()), "consultation.console.published");
    }

    public void refuse(Comment comment) {
        if (act(
                "comments",
                () -> moderation.refuse(comment.getId(), refusals.get(comment.getId())),
                "consultation.console.refused")) {
            refusals.remove(comment.getId());
        }
    }

    /** The split as the editor shows it: the portal's until the agency changes a row. */
    public List<SplitRow> getRows() {
        if (rows == null) {
            rows = new ArrayList<>(
                    getConsultation().getParts().stream().map(SplitRow::of).toList());
        }
        return rows;
    }

    public void addRow() {
        getRows().add(new SplitRow());
    }

    public void removeRow(SplitRow row) {
        getRows().remove(row);
    }

    public void saveSplit() {
        List<SplitRow> corrected = getRows();
        if (act(
                "split",
                () -> desk.correctParts(
                        id, corrected.stream().map(SplitRow::toCorrection).toList()),
                "consultation.console.splitSaved")) {
            rows = null;
        }
    }

    public PartKind[] getKinds() {
        return PartKind.values();
    }

    /** Runs one action of the desk; its refusal is said on the page, and the page reads afresh. */
    private boolean act(String formId, Supplier<?> action, String doneKey) {
        try {
            action.get();
            FacesFeedback.note(doneKey);
            return true;
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, formId);
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(denied);
        } finally {
            consultation = null;
            comments = null;
            copies = null;
            counts = null;
        }
        return false;
    }

    public Map<Long, String> getRefusals() {
        return refusals;
    }

    public LocalDateTime getExtendTo() {
        return extendTo;
    }

    public void setExtendTo(LocalDateTime extendTo) {
        this.extendTo = extendTo;
    }

    public String getExtendReason() {
        return extendReason;
    }

    public void setExtendReason(String extendReason) {
        this.extendReason = extendReason;
    }
}
