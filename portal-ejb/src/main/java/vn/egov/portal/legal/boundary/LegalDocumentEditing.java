package vn.egov.portal.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.deadline.boundary.ObligationRequest;
import vn.egov.portal.deadline.boundary.Obligations;
import vn.egov.portal.legal.control.LegalDocuments;
import vn.egov.portal.legal.control.NumberSymbol;
import vn.egov.portal.legal.entity.DocumentRelation;
import vn.egov.portal.legal.entity.DocumentType;
import vn.egov.portal.legal.entity.GazetteIssue;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.legal.entity.RelationKind;
import vn.egov.portal.legal.entity.SignedFile;
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.search.entity.Searchable;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * The board's work on the register: register a document (a PPC document starts the 2-working-day
 * clock of Art. 8.1c), correct it, attach signed files, relate it to others, publish it (which
 * fulfils the clock) and compose Gazette issues.
 */
@Stateless
@RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SYSADMIN})
public class LegalDocumentEditing {

    public static final String OBLIGATION_KIND = "legal-document";
    public static final String PPC_RULE = "ppc-document";

    @PersistenceContext
    EntityManager em;

    @Inject
    Obligations obligations;

    @Inject
    LegalSettings settings;

    @Inject
    FileStore files;

    @Inject
    AuditTrail audit;

    @Inject
    PublicContentVersion publicContent;

    @Inject
    InputCheck inputs;

    @Inject
    Clock clock;

    @Inject
    Event<Searchable> searchable;

    public LegalDocument register(DocumentDraft draft) {
        NumberSymbol number = inputs.require(draft).number();
        LegalDocument document = new LegalDocument(number, type(draft.typeCode()), draft.issueDate(), draft.excerpt());
        apply(document, draft);
        requireUnique(document, null);
        em.persist(document);
        em.flush();
        openDeadline(document);
        audit.record("legal.register", "legal-document " + document.getId(), document.getNumberSymbol());
        return document;
    }

    public LegalDocument update(long id, DocumentDraft draft) {
        NumberSymbol number = inputs.require(draft).number();
        LegalDocument document = get(id);
        document.dated(draft.issueDate(), draft.effectiveDate(), draft.expiryDate());
        document.renumber(number);
        apply(document, draft);
        requireUnique(document, id);
        audit.record("legal.update", "legal-document " + id, document.getNumberSymbol());
        publicContent.changed();
        if (document.isPublished()) {
            searchable.fire(LegalDocuments.of(document));
        }
        return document;
    }

    /** Puts the document on the portal now; its publishing deadline, if any, is fulfilled. */
    public LegalDocument publish(long id) {
        LegalDocument document = get(id);
        if (!document.isPublished()) {
            Instant now = clock.instant();
            document.publish(now);
            obligations.fulfil(OBLIGATION_KIND, id, now);
            audit.record("legal.publish", "legal-document " + id, document.getNumberSymbol());
            publicContent.changed();
            searchable.fire(LegalDocuments.of(document));
        }
        return document;
    }

    public DocumentRelation relate(long sourceId, RelationKind kind, long targetId) {
        if (sourceId == targetId) {
            throw InvalidInputException.of("target", "error.legal.relation.self");
        }
        DocumentRelation relation = new DocumentRelation(get(sourceId), kind, get(targetId));
        boolean exists = em
                .createNamedQuery(DocumentRelation.OF_DOCUMENT, DocumentRelation.class)
                .setParameter("document", relation.getSource())
                .getResultList()
                .stream()
                .anyMatch(other -> other.getKind() == kind && other.getTarget().getId() == targetId);
        if (exists) {
            throw new ConflictException("error.legal.relation.exists", "Relation exists");
        }
        em.persist(relation);
        audit.record("legal.relate", "legal-document " + sourceId, kind + " " + targetId);
        publicContent.changed();
        return relation;
    }

    public SignedFile attach(long id, String fileName, InputStream content) {
        LegalDocument document = get(id);
        if (Text.clean(fileName) == null) {
            throw InvalidInputException.of("file", "error.legal.file.name");
        }
        SignedFile file = document.attach(files.store(settings.fileRules(), fileName, content), clock.instant());
        em.flush();
        audit.record(
                "legal.attach",
                "legal-document " + id,
                "file " + file.getId() + " " + file.getStored().getFormat());
        publicContent.changed();
        return file;
    }

    public GazetteIssue createGazetteIssue(int number, LocalDate date, List<Long> documentIds) {
        if (number < 1) {
            throw InvalidInputException.of("issueNumber", "error.legal.gazette.number");
        }
        if (date == null) {
            throw InvalidInputException.of("issueDate", "error.calendar.date");
        }
        boolean taken = !em.createNamedQuery(GazetteIssue.BY_NUMBER, GazetteIssue.class)
                .setParameter("year", date.getYear())
                .setParameter("number", number)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new ConflictException("error.legal.gazette.exists", "Gazette issue exists");
        }
        if (documentIds.isEmpty()) {
            throw InvalidInputException.of("contents", "error.legal.gazette.empty");
        }
        GazetteIssue issue = new GazetteIssue(number, date);
        for (long id : documentIds) {
            LegalDocument document = get(id);
            if (!document.isPublished()) {
                // The public table of contents links each entry; an unpublished one would be a dead link.
                throw InvalidInputException.of("contents", "error.legal.gazette.unpublished");
            }
            issue.add(document, null);
        }
        em.persist(issue);
        audit.record("legal.gazette", "gazette " + number + "/" + date.getYear(), documentIds.size() + " documents");
        publicContent.changed();
        return issue;
    }

    /**
     * Every document, published or not, for the console: by number, type, issuer, field, year and
     * status. Words are the public register's ({@link LegalDocumentRegistry#search}, by the search
     * engine, which holds published documents only); the console does not search by them.
     */
    public ResultPage<LegalDocument> search(LegalSearch search) {
        return LegalQuery.of(search, false, LocalDate.now(clock)).page(em, search.page());
    }

    public LegalDocument get(long id) {
        return Optional.ofNullable(em.find(LegalDocument.class, id))
                .orElseThrow(() -> new NotFoundException("Legal document", id));
    }

    private void openDeadline(LegalDocument document) {
        boolean byPpc =
                document.getIssuer() != null && document.getIssuer().getCode().equals(settings.ppcUnit());
        if (!byPpc) {
            return;
        }
        OrgUnit provider =
                document.getProviderUnit() != null ? document.getProviderUnit() : unit(settings.providerUnit());
        obligations.open(new ObligationRequest(
                OBLIGATION_KIND,
                document.getId(),
                document.getNumberSymbol() + " – " + document.getExcerpt(),
                "/admin/van-ban/documents.xhtml?id=" + document.getId(),
                PPC_RULE,
                provider == null ? null : provider.getCode(),
                document.getIssueDate(),
                null));
    }

    private void apply(LegalDocument document, DocumentDraft draft) {
        document.describe(type(draft.typeCode()), draft.excerpt(), draft.fields() == null ? List.of() : draft.fields());
        document.dated(draft.issueDate(), draft.effectiveDate(), draft.expiryDate());
        document.issuedBy(
                draft.issuerUnitCode() == null ? null : unit(draft.issuerUnitCode()),
                draft.externalIssuer(),
                draft.providerUnitCode() == null ? null : unit(draft.providerUnitCode()));
        document.signedBy(draft.signer(), draft.signerTitle());
        if (draft.status() != null) {
            document.changeStatus(draft.status());
        }
    }

    private void requireUnique(LegalDocument document, Long self) {
        boolean clash = em
                .createNamedQuery(LegalDocument.BY_KEY, LegalDocument.class)
                .setParameter("key", document.getNumberKey())
                .getResultList()
                .stream()
                .anyMatch(other -> other.getDocYear() == document.getDocYear()
                        && !other.getId().equals(self)
                        && other != document);
        if (clash) {
            throw new ConflictException("error.legal.numberTaken", "Number and symbol already registered");
        }
    }

    private DocumentType type(String code) {
        return em
                .createNamedQuery(DocumentType.BY_CODE, DocumentType.class)
                .setParameter("code", code)
                .getResultList()
                .stream()
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("type", "error.legal.type"));
    }

    private OrgUnit unit(String code) {
        return em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class).setParameter("code", code).getResultList().stream()
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("issuer", "error.legal.unit"));
    }
}
