package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.platform.boundary.InvalidInputException;
import vn.egov.portal.platform.control.Text;
import vn.egov.portal.qa.entity.Citation;

/**
 * Turns an answer's citation drafts into citations Article 9.4 accepts: every one with number and
 * symbol, excerpt, date and issuing body. This is the only place Q&A meets the legal-documents
 * register.
 *
 * <p>The register and its number-and-symbol parser (issue 3) are not in this build yet: until they
 * are wired here, citations are typed in full and checked for completeness and date only; picking
 * from the register ({@code documentId}) is refused.
 */
@Stateless
@PermitAll
public class CitationCheck {

    @Inject
    Clock clock;

    /** The citations, or an InvalidInputException naming each faulty part ("citations[1].excerpt"). */
    public List<Citation> resolve(List<CitationDraft> drafts) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (drafts.isEmpty()) {
            errors.put("citations", "qa.error.citations");
        }
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            resolve(drafts.get(i), "citations[" + i + "].", errors).ifPresent(citations::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return citations;
    }

    private java.util.Optional<Citation> resolve(CitationDraft draft, String prefix, Map<String, String> errors) {
        int before = errors.size();
        if (draft.documentId() != null) {
            errors.put(prefix + "documentId", "qa.error.citation.register");
        }
        String number = Text.clean(draft.numberSymbol());
        String excerpt = Text.clean(draft.excerpt());
        String body = Text.clean(draft.issuingBody());
        LocalDate issued = draft.issuedOn();
        missing(errors, prefix + "numberSymbol", number);
        missing(errors, prefix + "excerpt", excerpt);
        missing(errors, prefix + "issuingBody", body);
        if (issued == null) {
            errors.put(prefix + "issuedOn", "qa.error.citation.issuedOn");
        } else if (issued.isAfter(LocalDate.now(clock))) {
            errors.put(prefix + "issuedOn", "qa.error.citation.future");
        }
        return errors.size() > before
                ? java.util.Optional.empty()
                : java.util.Optional.of(new Citation(number, excerpt, issued, body, null));
    }

    private static void missing(Map<String, String> errors, String name, String value) {
        if (value == null) {
            errors.put(name, "qa.error.citation." + name.substring(name.indexOf('.') + 1));
        }
    }
}
