package vn.egov.portal.eservice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import vn.egov.portal.eservice.boundary.PublicResults;
import vn.egov.portal.eservice.boundary.ServiceResults;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/**
 * The public results (/thu-tuc-hanh-chinh/ket-qua/…, {@link ResultsPaths}): every agency, one agency
 * with each of its procedures, or one procedure, for the month chosen in a plain GET form (the current
 * month by default). A month that is malformed or still to come is said next to the month field and
 * the current month is shown; an unknown agency or procedure is the 404 page.
 */
@Named
@RequestScoped
public class ServiceResultsPage {

    static final String MONTH = "thang";

    @Inject
    PublicResults results;

    private String agency;
    private String procedure;
    private String month;
    private ServiceResults scope;
    private List<ServiceResults> rows = List.of();
    private boolean monthRefused;

    public void load() {
        Map<String, String> query =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        agency = query.get("co-quan");
        procedure = query.get("thu-tuc");
        month = query.get(MONTH);
        try {
            show(month);
        } catch (InvalidInputException badMonth) {
            monthRefused = true;
            month = null;
            show(null);
        }
    }

    private void show(String chosen) {
        if (procedure != null) {
            scope = results.ofProcedure(procedure, chosen);
        } else if (agency != null) {
            scope = results.ofAgency(agency, chosen);
            rows = results.ofProceduresOf(agency, chosen);
        } else {
            rows = results.ofAgencies(chosen);
        }
        month = (scope != null ? scope.month() : results.month(chosen).toString());
    }

    /** Every agency (the index), rather than one agency or one procedure. */
    public boolean isIndex() {
        return scope == null;
    }

    public boolean isOfProcedure() {
        return procedure != null;
    }

    public ServiceResults getScope() {
        return scope;
    }

    public List<ServiceResults> getRows() {
        return rows;
    }

    /** The month asked for was malformed or still to come; the current month is shown instead. */
    public boolean isMonthRefused() {
        return monthRefused;
    }

    public String getMonth() {
        return month;
    }

    /** The month as people read it: "11/2026". */
    public String getMonthShown() {
        YearMonth shown = YearMonth.parse(month);
        return String.format("%02d/%d", shown.getMonthValue(), shown.getYear());
    }
}
