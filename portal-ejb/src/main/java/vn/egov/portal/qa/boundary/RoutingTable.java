package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.qa.control.QaAccess;
import vn.egov.portal.qa.control.QuestionRepository;
import vn.egov.portal.qa.entity.QaField;
import vn.egov.portal.security.entity.Roles;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.OrgUnit;

/** The fields askers choose from and the field-to-agency table the board routes by. */
@Stateless
public class RoutingTable {

    @Inject
    QuestionRepository questions;

    @Inject
    QaAccess access;

    @Inject
    SiteDirectory directory;

    @Inject
    AuditTrail audit;

    @PermitAll
    public List<QaField> listFields() {
        return questions.listFields();
    }

    /** Points a field at the agency the board will be offered; no agency clears the proposal. */
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY})
    public QaField route(String fieldCode, String agencyCode) {
        access.requireBoard();
        QaField field = questions.field(fieldCode, "field");
        OrgUnit agency = Text.isBlank(agencyCode)
                ? null
                : directory
                        .findOrgUnit(agencyCode.strip())
                        .orElseThrow(() -> InvalidInputException.of("agency", "qa.error.agency"));
        field.routeTo(agency);
        audit.record("qa.routing", "field " + field.getCode(), agency == null ? null : agency.getCode());
        return field;
    }
}
