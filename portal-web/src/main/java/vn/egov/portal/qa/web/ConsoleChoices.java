package vn.egov.portal.qa.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.privacy.entity.ErasureRequester;
import vn.egov.portal.qa.boundary.RoutingTable;
import vn.egov.portal.qa.entity.DelegationKind;
import vn.egov.portal.qa.entity.QaField;
import vn.egov.portal.qa.entity.QuestionState;
import vn.egov.portal.qa.entity.RefusalReason;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.OrgUnit;

/** The lists the Q&A console pages choose from: agencies, fields, states, reasons. */
@Named("qaChoices")
@RequestScoped
public class ConsoleChoices {

    @Inject
    SiteDirectory directory;

    @Inject
    RoutingTable routing;

    private List<OrgUnit> agencies;
    private List<QaField> fields;

    public List<OrgUnit> getAgencies() {
        if (agencies == null) {
            agencies = directory.listOrgUnits();
        }
        return agencies;
    }

    public List<QaField> getFields() {
        if (fields == null) {
            fields = routing.listFields();
        }
        return fields;
    }

    public QuestionState[] getStates() {
        return QuestionState.values();
    }

    public RefusalReason[] getReasons() {
        return RefusalReason.values();
    }

    public ErasureRequester[] getRequesters() {
        return ErasureRequester.values();
    }

    public DelegationKind[] getKinds() {
        return DelegationKind.values();
    }

    /** "—— Sở Tư pháp": the unit's name indented by its depth in the tree. */
    public String indented(OrgUnit unit, java.util.Locale locale) {
        return "\u00a0\u00a0".repeat(Math.max(0, unit.getDepth() - 1))
                + unit.getName().in(locale);
    }
}
