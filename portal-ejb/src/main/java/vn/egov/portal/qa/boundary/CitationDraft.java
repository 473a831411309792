package vn.egov.portal.qa.boundary;

import java.time.LocalDate;

/**
 * A citation as the answerer gives it: picked from the legal-documents register ({@code documentId})
 * or typed in full, with number and symbol, excerpt, date and issuing body (Article 9.4).
 */
public record CitationDraft(
        Long documentId, String numberSymbol, String excerpt, LocalDate issuedOn, String issuingBody) {}
