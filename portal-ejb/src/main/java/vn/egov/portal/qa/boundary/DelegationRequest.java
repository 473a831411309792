package vn.egov.portal.qa.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;
import vn.egov.portal.qa.entity.DelegationKind;

/**
 * An entry for the delegation register: who answers for which agency, on what authority, when. Whether
 * the agency and the account exist, and the account holds the answerer's role there, the register checks.
 */
public record DelegationRequest(
        @Required(message = "{qa.error.agency}") String agency,
        @Required(message = "{qa.error.delegation.account}") String username,
        @NotNull(message = "{qa.error.required.kind}") DelegationKind kind,
        @Required(message = "{qa.error.required.reference}") @MaxLength(300) String reference,
        @NotNull(message = "{qa.error.required.validFrom}") LocalDate validFrom,
        LocalDate validUntil) {

    @AssertTrue(message = "{qa.error.delegation.period}")
    private boolean isValidUntil() {
        return validFrom == null || validUntil == null || !validUntil.isBefore(validFrom);
    }
}
