package vn.egov.portal.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.OrgUnit;

/** The organisation tree page (Article 5.1) and the contact page (Articles 5.9 and 5.10). */
@Named
@RequestScoped
public class OrganisationPages {

    @Inject
    SiteDirectory directory;

    private List<OrgUnit> units;

    /** Every unit in tree order; the page indents by depth. */
    public List<OrgUnit> getUnits() {
        if (units == null) {
            units = directory.listOrgUnits();
        }
        return units;
    }

    /** Units that publish official contact details. */
    public List<OrgUnit> getUnitsWithContacts() {
        return getUnits().stream()
                .filter(unit -> unit.getContact() != null
                        && (unit.getContact().getPhone() != null
                                || unit.getContact().getEmail() != null
                                || unit.getContact().getAddress() != null))
                .toList();
    }
}
