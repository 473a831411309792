package vn.egov.portal.qa.boundary;

import java.time.LocalDate;
import vn.egov.portal.qa.entity.DelegationKind;

/** An entry for the delegation register: who answers for which agency, on what authority, when. */
public record DelegationRequest(
        String agency,
        String username,
        DelegationKind kind,
        String reference,
        LocalDate validFrom,
        LocalDate validUntil) {}
