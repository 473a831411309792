package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.control.NumberSymbol;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.qa.entity.Citation;

/**
 * Turns an answer's citation drafts into citations Article 9.4 accepts: number and symbol, excerpt,
 * date and issuing body, each present and the number and symbol well formed. A document picked from
 * the legal-documents register ({@code documentId}), or typed with a number and symbol the register
 * knows, is linked to it and what was left blank is taken from it. This is the only place Q&A meets
 * the register.
 */
@Stateless
@PermitAll
public class CitationCheck {

    /** Citations are written as the documents are, in Vietnamese. */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Inject
    LegalDocumentRegistry registry;

    @Inject
    InputCheck inputs;

    @Inject
    Clock clock;

    /**
     * The citations, or an InvalidInputException naming each faulty part ("citations[1].excerpt"):
     * first the register completes what it knows, then the citations' own rules hold.
     */
    public List<Citation> resolve(List<CitationDraft> drafts) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<CitationDraft> completed = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            completed.add(complete(drafts.get(i), "citations[" + i + "].", errors));
        }
        inputs.problems(new Completed(completed)).forEach(errors::putIfAbsent);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < completed.size(); i++) {
            LocalDate issued = completed.get(i).issuedOn();
            if (issued != null && issued.isAfter(today)) {
                errors.putIfAbsent("citations[" + i + "].issuedOn", "qa.error.citation.future");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return completed.stream().map(CitationCheck::citationOf).toList();
    }

    /** The answer's citations as the register completed them, each to be checked by its rules. */
    record Completed(List<@Valid CitationDraft> citations) {}

    /** The register's published document of this number and symbol, as a draft to complete the form. */
    public Optional<CitationDraft> lookup(String numberSymbol) {
        return NumberSymbol.tryParse(numberSymbol)
                .flatMap(number -> registry.findByNumberSymbol(number.text()))
                .map(CitationCheck::draftOf);
    }

    private CitationDraft complete(CitationDraft typed, String prefix, Map<String, String> errors) {
        return document(typed, prefix, errors)
                .map(found -> completed(typed, found))
                .orElse(typed);
    }

    private static Citation citationOf(CitationDraft draft) {
        return new Citation(
                NumberSymbol.parse(draft.numberSymbol()).text(),
                Text.clean(draft.excerpt()),
                draft.issuedOn(),
                Text.clean(draft.issuingBody()),
                draft.documentId());
    }

    /** The document picked by id, or the one the register has under the typed number and symbol. */
    private Optional<LegalDocument> document(CitationDraft typed, String prefix, Map<String, String> errors) {
        if (typed.documentId() != null) {
            Optional<LegalDocument> picked = registry.findDocument(typed.documentId());
            if (picked.isEmpty()) {
                errors.put(prefix + "documentId", "qa.error.citation.register");
            }
            return picked;
        }
        return NumberSymbol.tryParse(typed.numberSymbol())
                .flatMap(number -> registry.findByNumberSymbol(number.text()));
    }

    /**
     * The register spells the number and symbol as on the document; for the rest what the answerer
     * typed wins and blanks are filled from the register's record.
     */
    private static CitationDraft completed(CitationDraft typed, LegalDocument document) {
        CitationDraft known = draftOf(document);
        return new CitationDraft(
                document.getId(),
                known.numberSymbol(),
                Text.isBlank(typed.excerpt()) ? known.excerpt() : typed.excerpt(),
                typed.issuedOn() == null ? known.issuedOn() : typed.issuedOn(),
                Text.isBlank(typed.issuingBody()) ? known.issuingBody() : typed.issuingBody());
    }

    private static CitationDraft draftOf(LegalDocument document) {
        return new CitationDraft(
                document.getId(),
                document.getNumberSymbol(),
                document.getExcerpt(),
                document.getIssueDate(),
                document.issuerName(VIETNAMESE));
    }
}
