package vn.egov.portal.qa.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.qa.boundary.DelegationRegister;
import vn.egov.portal.qa.boundary.DelegationRequest;
import vn.egov.portal.qa.boundary.RoutingTable;
import vn.egov.portal.qa.entity.AnswerDelegation;
import vn.egov.portal.qa.entity.DelegationKind;
import vn.egov.portal.qa.entity.QaField;
import vn.egov.portal.security.boundary.AccessDeniedException;

/**
 * The Q&A registers (/admin/hoi-dap/registers.xhtml): the routing table field to agency, kept by the
 * board, and the delegation register of Article 9.5, where an agency's head may add delegates.
 */
@Named
@ViewScoped
public class RegistersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoutingTable routing;

    @Inject
    DelegationRegister register;

    private List<QaField> fields;
    private final Map<String, String> routes = new HashMap<>();
    private List<AnswerDelegation> delegations;
    private String agency;
    private String username;
    private DelegationKind kind = DelegationKind.DELEGATE;
    private String reference;
    private LocalDate validFrom;
    private LocalDate validUntil;

    @PostConstruct
    void load() {
        fields = routing.listFields();
        routes.clear();
        fields.forEach(field -> routes.put(
                field.getCode(),
                field.getAgency() == null ? null : field.getAgency().getCode()));
        delegations = register.list();
    }

    public void saveRoute(QaField field) {
        try {
            routing.route(field.getCode(), routes.get(field.getCode()));
            FacesFeedback.done("qa.registers.routeSaved");
            load();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "routing");
        } catch (AccessDeniedException | jakarta.ejb.EJBAccessException denied) {
            FacesFeedback.show(new vn.egov.portal.platform.error.boundary.ConflictException(
                    "qa.registers.boardOnly", denied.getMessage()));
        }
    }

    public void record() {
        try {
            register.record(new DelegationRequest(agency, username, kind, reference, validFrom, validUntil));
            FacesFeedback.done("qa.registers.recorded");
            agency = null;
            username = null;
            reference = null;
            validFrom = null;
            validUntil = null;
            load();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "delegation");
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(new vn.egov.portal.platform.error.boundary.ConflictException(
                    "qa.registers.headOnly", denied.getMessage()));
        }
    }

    public void revoke(AnswerDelegation entry) {
        try {
            register.revoke(entry.getId());
            FacesFeedback.done("qa.registers.revoked");
            load();
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(new vn.egov.portal.platform.error.boundary.ConflictException(
                    "qa.registers.headOnly", denied.getMessage()));
        }
    }

    public List<QaField> getFields() {
        return fields;
    }

    public Map<String, String> getRoutes() {
        return routes;
    }

    public List<AnswerDelegation> getDelegations() {
        return delegations;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public DelegationKind getKind() {
        return kind;
    }

    public void setKind(DelegationKind kind) {
        this.kind = kind;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
