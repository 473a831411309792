package vn.egov.portal.legal.boundary;

import java.time.LocalDate;
import java.util.List;
import vn.egov.portal.legal.entity.LegalStatus;

/** What an official types to register or correct a document. */
public record DocumentDraft(
        String numberSymbol,
        String typeCode,
        String issuerUnitCode,
        String externalIssuer,
        String providerUnitCode,
        String signer,
        String signerTitle,
        LocalDate issueDate,
        LocalDate effectiveDate,
        LocalDate expiryDate,
        LegalStatus status,
        String excerpt,
        List<String> fields) {}
