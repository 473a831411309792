package vn.egov.portal.eservice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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

/**
 * The official's desk (/admin/dich-vu-cong/dossiers.xhtml): the agency's dossiers by state, one dossier
 * opened with its particulars (the opening is audited), its files and moves, and the moves it allows.
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

    public List<DossierStatus> getDossiers() {
        if (dossiers == null) {
            dossiers = desk.list(state, PageRequest.first(PageRequest.MAX_SIZE)).items();
        }
        return dossiers;
    }

    public void filter() {
        dossiers = null;
    }

    public void open(String code) {
        try {
            opened = desk.open(code);
            comment = null;
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(denied);
        }
    }

    public void move(ApplicationMove move) {
        try {
            opened = desk.move(opened.status().code(), move, comment);
            comment = null;
            dossiers = null;
            FacesFeedback.done("eservice.desk.moved");
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "case");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(denied);
        }
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
