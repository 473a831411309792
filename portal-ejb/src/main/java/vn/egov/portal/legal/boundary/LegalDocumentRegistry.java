package vn.egov.portal.legal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.egov.portal.legal.control.NumberSymbol;
import vn.egov.portal.legal.entity.DocumentRelation;
import vn.egov.portal.legal.entity.DocumentType;
import vn.egov.portal.legal.entity.GazetteIssue;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.legal.entity.SignedFile;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.search.boundary.SearchEngine;
import vn.egov.portal.search.entity.SearchKind;

/**
 * The public register of legal documents and the e-Gazette (R4): search, the document by id, by
 * its stable path, or by number and symbol, which is how Q&A answers cite documents (Art. 9.4).
 * Only published documents are visible here.
 */
@Stateless
@PermitAll
public class LegalDocumentRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SearchEngine engine;

    /** A relation seen from one document: "AMENDS" X or "AMENDED_BY" Y. */
    public record Related(String kind, LegalDocument other) {

        /** The message that names the relation on pages: legal.relation.AMENDED_BY. */
        public String kindKey() {
            return "legal.relation." + kind;
        }
    }

    /** By the criteria, newest first; with words, the engine's best matches first (400 on {@code q}). */
    public ResultPage<LegalDocument> search(LegalSearch search) {
        LegalQuery query = LegalQuery.of(search, true, LocalDate.now(clock));
        if (Text.isBlank(search.text())) {
            return query.page(em, search.page());
        }
        return query.ranked(em, search.page(), engine.rank(SearchKind.LEGAL_DOCUMENT, search.text(), "q"));
    }

    public Optional<LegalDocument> findDocument(long id) {
        return Optional.ofNullable(em.find(LegalDocument.class, id)).filter(LegalDocument::isPublished);
    }

    public LegalDocument getDocument(long id) {
        return findDocument(id).orElseThrow(() -> new NotFoundException("Legal document", id));
    }

    /**
     * The published document with this number and symbol; for forms without a year ("123/UBND-VX")
     * the latest issued. Throws InvalidInputException (field numberSymbol) for a malformed one.
     */
    public Optional<LegalDocument> findByNumberSymbol(String numberSymbol) {
        NumberSymbol number = NumberSymbol.tryParse(numberSymbol)
                .orElseThrow(() -> InvalidInputException.of("numberSymbol", "error.legal.numberSymbol"));
        return em
                .createNamedQuery(LegalDocument.BY_KEY, LegalDocument.class)
                .setParameter("key", number.key())
                .getResultList()
                .stream()
                .filter(LegalDocument::isPublished)
                .findFirst();
    }

    /** By the stable public path "2014/1/qd-ubnd". */
    public Optional<LegalDocument> findByPath(String path) {
        return em
                .createNamedQuery(LegalDocument.BY_PATH, LegalDocument.class)
                .setParameter("path", path)
                .getResultList()
                .stream()
                .filter(LegalDocument::isPublished)
                .findFirst();
    }

    /**
     * Both directions of every relation, the other end published. The document usually comes from
     * an earlier transaction (a page reads it first), so its side is told by id, not by instance.
     */
    public List<Related> relationsOf(LegalDocument document) {
        return em
                .createNamedQuery(DocumentRelation.OF_DOCUMENT, DocumentRelation.class)
                .setParameter("document", document)
                .getResultList()
                .stream()
                .map(relation -> relation.getSource().getId().equals(document.getId())
                        ? new Related(relation.getKind().name(), relation.getTarget())
                        : new Related(relation.getKind().inverse(), relation.getSource()))
                .filter(related -> related.other().isPublished())
                .toList();
    }

    /** The fields the published documents are filed under, in Vietnamese alphabetical order. */
    public List<String> listFields() {
        return em.createNamedQuery(LegalDocument.PUBLISHED_FIELDS, String.class).getResultList().stream()
                .sorted(Collator.getInstance(Locale.forLanguageTag("vi")))
                .toList();
    }

    /** Today in the portal's zone: the day a document's status is read on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<DocumentType> listTypes() {
        return em.createNamedQuery(DocumentType.ALL, DocumentType.class).getResultList();
    }

    public List<GazetteIssue> listGazetteIssues() {
        return em.createNamedQuery(GazetteIssue.ALL, GazetteIssue.class).getResultList();
    }

    public GazetteIssue getGazetteIssue(int year, int number) {
        return em
                .createNamedQuery(GazetteIssue.BY_NUMBER, GazetteIssue.class)
                .setParameter("year", year)
                .setParameter("number", number)
                .getResultList()
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Gazette issue", number + "/" + year));
    }

    /** A signed file of a published document. */
    public Optional<SignedFile> findFile(long fileId) {
        return Optional.ofNullable(em.find(SignedFile.class, fileId))
                .filter(file -> file.getDocument().isPublished());
    }
}
