package vn.egov.portal.eservice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.egov.portal.eservice.boundary.ApologyLetter;
import vn.egov.portal.eservice.boundary.ApplicationDesk;
import vn.egov.portal.eservice.boundary.DossierCase;
import vn.egov.portal.eservice.boundary.DossierStatus;
import vn.egov.portal.eservice.entity.ApplicationMove;
import vn.egov.portal.eservice.entity.ApplicationState;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.privacy.boundary.ErasureRequest;
import vn.egov.portal.privacy.entity.ErasureRequester;

/**
 * The official's desk (/admin/dich-vu-cong/dossiers.xhtml): the agency's dossiers by state, one dossier
 * opened with its particulars (the opening is audited), its files and moves, and the moves it allows;
 * the erasure of the applicant's particulars on request (Article 19.2).
 */
@Named
@ViewScoped
public class DossierDeskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationDesk desk;

    private ApplicationState state;
    private List<DossierStatus> dossiers;
    private DossierCase opened;
    private String comment;
    private List<DossierStatus> overdue;
    private ApologyLetter apology;
    private String apologyDate;
    private String apologyText;
    private ErasureRequester erasureRequester;
    private String erasureReference;

    public List<DossierStatus> getDossiers() {
        if (dossiers == null) {
            dossiers = desk.list(state, PageRequest.first(PageRequest.MAX_SIZE)).items();
        }
        return dossiers;
    }

    public void filter() {
        dossiers = null;
    }

    /** The agency's dossiers past their due date: the dashboard's first list. */
    public List<DossierStatus> getOverdue() {
        if (overdue == null) {
            overdue = desk.overdue();
        }
        return overdue;
    }

    public void open(String code) {
        try {
            opened = desk.open(code);
            comment = null;
            loadApology();
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(denied);
        }
    }

    public void move(ApplicationMove move) {
        act(() -> {
            opened = desk.move(opened.status().code(), move, comment);
            comment = null;
            dossiers = null;
            FacesFeedback.done("eservice.desk.moved");
        });
    }

    /** One change to the opened dossier; a refusal is said by its field, or above the dossier. */
    private static void act(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "case");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(denied);
        }
    }

    /** Sends the letter of apology as the official left it in the form. */
    public void apologise() {
        try {
            LocalDate date = apologyDate == null || apologyDate.isBlank() ? null : LocalDate.parse(apologyDate.strip());
            apology = desk.apologise(opened.status().code(), date, apologyText);
            opened = desk.open(opened.status().code());
            overdue = null;
            FacesFeedback.note("eservice.desk.apology.done");
        } catch (DateTimeParseException unreadable) {
            FacesFeedback.show(InvalidInputException.of("newDate", "eservice.error.apology.date"), "case");
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "case");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(denied);
        }
    }

    /** Erases the applicant's personal data on the request and under the reference the official gave. */
    public void erase() {
        act(() -> {
            opened = desk.erase(opened.status().code(), new ErasureRequest(erasureRequester, erasureReference));
            erasureRequester = null;
            erasureReference = null;
            FacesFeedback.note("eservice.desk.erased");
        });
    }

    public ErasureRequester[] getErasureRequesters() {
        return ErasureRequester.values();
    }

    public ErasureRequester getErasureRequester() {
        return erasureRequester;
    }

    public void setErasureRequester(ErasureRequester erasureRequester) {
        this.erasureRequester = erasureRequester;
    }

    public String getErasureReference() {
        return erasureReference;
    }

    public void setErasureReference(String erasureReference) {
        this.erasureReference = erasureReference;
    }

    /** The draft (or the letter sent) for a late dossier; none for a dossier within its time limit. */
    private void loadApology() {
        boolean late = opened.status().late() || opened.status().newAppointmentDate() != null;
        apology = null;
        if (late) {
            try {
                apology = desk.apology(opened.status().code());
                apologyDate =
                        apology.newDate() == null ? null : apology.newDate().toString();
                apologyText = apology.text();
            } catch (ConflictException notLate) {
                apology = null;
            }
        }
    }

    public ApologyLetter getApology() {
        return apology;
    }

    public String getApologyDate() {
        return apologyDate;
    }

    public void setApologyDate(String apologyDate) {
        this.apologyDate = apologyDate;
    }

    public String getApologyText() {
        return apologyText;
    }

    public void setApologyText(String apologyText) {
        this.apologyText = apologyText;
    }

    public ApplicationState[] getStates() {
        return ApplicationState.values();
    }

    public ApplicationState getState() {
        return state;
    }

    public void setState(ApplicationState state) {
        this.state = state;
    }

    public DossierCase getOpened() {
        return opened;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
