package vn.egov.portal.qa.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.egov.portal.legal.control.NumberSymbol;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.control.Required;

/**
 * A citation as the answerer gives it: picked from the legal-documents register ({@code documentId})
 * or typed in full, with number and symbol, excerpt, date and issuing body (Article 9.4). The rules
 * hold for the citation once what the register knows has filled the blanks ({@link CitationCheck}).
 */
public record CitationDraft(
        Long documentId,
        @Required(message = "{qa.error.citation.numberSymbol}") String numberSymbol,
        @Required(message = "{qa.error.citation.excerpt}") String excerpt,
        @NotNull(message = "{qa.error.citation.issuedOn}") LocalDate issuedOn,
        @Required(message = "{qa.error.citation.issuingBody}") String issuingBody) {

    /** A number and symbol that is there is well formed; a missing one is said by its own rule. */
    @AssertTrue(message = "{qa.error.citation.numberSymbolForm}")
    private boolean isNumberSymbol() {
        return Text.isBlank(numberSymbol) || NumberSymbol.tryParse(numberSymbol).isPresent();
    }
}
