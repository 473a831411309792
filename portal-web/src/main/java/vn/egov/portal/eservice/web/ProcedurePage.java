package vn.egov.portal.eservice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.egov.portal.eservice.boundary.ProcedureCatalogue;
import vn.egov.portal.eservice.entity.Procedure;

/** One procedure at its stable address /thu-tuc-hanh-chinh/{code}. */
@Named
@RequestScoped
public class ProcedurePage {

    @Inject
    ProcedureCatalogue catalogue;

    private Procedure procedure;

    /**
     * Finds the procedure before the page is drawn: an unknown code is a 404 with the error page. The
     * code is read from the Faces request, which the readable address reaches forwarded ({@link ProcedurePaths}).
     */
    public void load() {
        procedure = catalogue.byCode(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("code"));
    }

    public Procedure getProcedure() {
        return procedure;
    }
}
