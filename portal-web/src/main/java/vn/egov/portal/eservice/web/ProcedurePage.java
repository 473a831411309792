package vn.egov.portal.eservice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import vn.egov.portal.eservice.boundary.ProcedureCatalogue;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.eservice.entity.ProcedureForm;
import vn.egov.portal.eservice.entity.ProcedureRevision;
import vn.egov.portal.platform.i18n.web.PortalLocale;

/** One procedure at its stable address /thu-tuc-hanh-chinh/{code}. */
@Named
@RequestScoped
public class ProcedurePage {

    @Inject
    ProcedureCatalogue catalogue;

    @Inject
    PortalLocale locale;

    private Procedure procedure;

    private Map<Integer, ProcedureForm> forms;

    private List<ProcedureRevision> history;

    /**
     * Finds the procedure before the page is drawn: an unknown code is a 404 with the error page. The
     * code is read from the Faces request, which the readable address reaches forwarded ({@link ProcedurePaths}).
     */
    public void load() {
        procedure = catalogue.byCode(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("code"));
        forms = catalogue.forms(procedure);
        history = catalogue.history(procedure);
    }

    /** The download address of component {@code number}'s (from 1) blank form, or null when it has none. */
    public String formUrl(int number) {
        ProcedureForm form = forms.get(number);
        return form == null ? null : ProcedureFormDownloads.ADDRESS + "/" + form.getId();
    }

    public String formName(int number) {
        ProcedureForm form = forms.get(number);
        return form == null ? null : form.getStored().getFileName();
    }

    public List<ProcedureRevision> getHistory() {
        return history;
    }

    public String summary(ProcedureRevision revision) {
        return ProcedureChangeText.summary(revision, locale.getLocale());
    }

    public Procedure getProcedure() {
        return procedure;
    }
}
