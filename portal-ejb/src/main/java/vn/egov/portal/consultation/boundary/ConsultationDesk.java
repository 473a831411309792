package vn.egov.portal.consultation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.consultation.control.ConsultationDocuments;
import vn.egov.portal.consultation.control.DraftSplitter;
import vn.egov.portal.consultation.control.SplitPart;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.ConsultationState;
import vn.egov.portal.deadline.boundary.ObligationRequest;
import vn.egov.portal.deadline.boundary.Obligations;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.qa.control.QaAccess;
import vn.egov.portal.search.entity.Searchable;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * The lead agency's side of a consultation: draft it, correct the split, open it, extend it, close
 * it. The agency's officials (those who answer for the unit) and the editorial board may act; the
 * unit is checked on every call, not only the role.
 */
@Stateless
@RolesAllowed({Roles.AGENCY_ANSWERER, Roles.SECRETARY, Roles.DEPUTY_EDITOR, Roles.EDITOR_IN_CHIEF})
public class ConsultationDesk {

    /** The deadline obligations' kind for a consultation, and the rule of Article 8.1đ. */
    public static final String OBLIGATION_KIND = "consultation";

    static final String RULE = "request-for-comment";

    @PersistenceContext
    EntityManager em;

    @Inject
    QaAccess access;

    @Inject
    SiteDirectory directory;

    @Inject
    LegalDocumentRegistry legal;

    @Inject
    ConsultationSettings settings;

    @Inject
    InputCheck inputs;

    @Inject
    PublicContentVersion publicContent;

    @Inject
    AuditTrail audit;

    @Inject
    Obligations obligations;

    @Inject
    Clock clock;

    @Inject
    Event<Searchable> searchable;

    /** A new consultation in the DRAFT state, its text split into parts (kept whole when it cannot be). */
    public Consultation create(ConsultationDraft draft) {
        inputs.require(draft);
        OrgUnit agency = agency(draft.leadAgencyCode());
        access.requireBoardOrAnswerer(agency);
        Consultation consultation = new Consultation(freeSlug(draft.title()), agency, clock.instant());
        fill(consultation, draft);
        em.persist(consultation);
        audit.record("consultation.create", consultation.getSlug(), null);
        return consultation;
    }

    /** Corrects the description and the text (split again) while it is a draft. */
    public Consultation update(long id, ConsultationDraft draft) {
        inputs.require(draft);
        Consultation consultation = editable(id);
        if (!consultation.getLeadAgency().getCode().equals(draft.leadAgencyCode())) {
            access.requireBoardOrAnswerer(agency(draft.leadAgencyCode()));
        }
        fill(consultation, draft);
        audit.record("consultation.update", consultation.getSlug(), null);
        return consultation;
    }

    /** The agency's own split, replacing the one the portal made; the text stays as it is. */
    public Consultation correctParts(long id, List<PartCorrection> parts) {
        if (parts == null || parts.isEmpty()) {
            throw InvalidInputException.of("parts", "consultation.error.parts");
        }
        parts.forEach(inputs::require);
        Consultation consultation = editable(id);
        consultation.replaceDraft(
                consultation.getDraftText(),
                parts.stream()
                        .map(p -> new SplitPart(p.kind(), clean(p.number()), clean(p.heading()), Text.nfc(p.body())))
                        .toList(),
                true);
        audit.record("consultation.parts", consultation.getSlug(), parts.size() + " parts");
        return consultation;
    }

    /**
     * Opens it for comment and publishes it at once (Article 8.1đ). The period must last the
     * configured minimum and must not be over already.
     */
    public Consultation open(long id) {
        Consultation consultation = acting(id, ConsultationState.OPEN);
        Instant now = clock.instant();
        if (!consultation.getClosesAt().isAfter(now)) {
            throw InvalidInputException.of("closesAt", "consultation.error.closesInPast");
        }
        Instant from = consultation.getOpensAt().isAfter(now) ? consultation.getOpensAt() : now;
        if (Duration.between(from, consultation.getClosesAt()).toDays() < settings.minimumDays()) {
            throw InvalidInputException.of("closesAt", "consultation.error.period");
        }
        consultation.moveTo(ConsultationState.OPEN, now);
        recordPublication(consultation, now);
        publicContent.changed();
        searchable.fire(ConsultationDocuments.of(consultation, clock.getZone()));
        audit.record("consultation.open", consultation.getSlug(), null);
        return consultation;
    }

    /** A later close, recorded with its reason and announced on the consultation page. */
    public Consultation extend(long id, LocalDateTime newClose, String reason) {
        Consultation consultation = find(id);
        access.requireBoardOrAnswerer(consultation.getLeadAgency());
        if (consultation.getState() != ConsultationState.OPEN) {
            throw new ConflictException("consultation.error.state", "Only an open consultation is extended");
        }
        if (Text.isBlank(reason) || reason.length() > 2000) {
            throw InvalidInputException.of("reason", "consultation.error.reason");
        }
        Instant close =
                newClose == null ? null : newClose.atZone(clock.getZone()).toInstant();
        if (close == null || !close.isAfter(consultation.getClosesAt())) {
            throw InvalidInputException.of("closesAt", "consultation.error.extension");
        }
        consultation.extend(
                close,
                Text.clean(reason),
                clock.instant(),
                access.requireAccount().getUsername());
        publicContent.changed();
        searchable.fire(ConsultationDocuments.of(consultation, clock.getZone()));
        audit.record("consultation.extend", consultation.getSlug(), close.toString());
        return consultation;
    }

    public Consultation close(long id) {
        return move(id, ConsultationState.CLOSED);
    }

    public Consultation archive(long id) {
        return move(id, ConsultationState.ARCHIVED);
    }

    /** Records the document issued from the draft, from the legal register. */
    public Consultation recordIssued(long id, long documentId) {
        Consultation consultation = find(id);
        access.requireBoardOrAnswerer(consultation.getLeadAgency());
        consultation.recordIssued(document(documentId));
        publicContent.changed();
        searchable.fire(ConsultationDocuments.of(consultation, clock.getZone()));
        return consultation;
    }

    /** The consultations the caller acts on: all for the board, the own units' for an agency, newest first. */
    public List<Consultation> list() {
        if (access.isBoard(access.requireAccount())) {
            return em.createNamedQuery(Consultation.ALL, Consultation.class).getResultList();
        }
        List<OrgUnit> units = access.answeringUnits();
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Consultation.OF_AGENCIES, Consultation.class)
                .setParameter("agencies", units)
                .getResultList();
    }

    public Consultation get(long id) {
        Consultation consultation = find(id);
        access.requireBoardOrAnswerer(consultation.getLeadAgency());
        return consultation;
    }

    /**
     * Article 8.1đ: the request for comment is to be published "immediately" (rule {@value #RULE}, 0
     * working days); opening publishes it, so the obligation is opened and met in the same moment.
     */
    private void recordPublication(Consultation consultation, Instant now) {
        obligations.open(new ObligationRequest(
                OBLIGATION_KIND,
                consultation.getId(),
                consultation.getTitle(),
                "/admin/lay-y-kien/consultation.xhtml?id=" + consultation.getId(),
                RULE,
                consultation.getLeadAgency().getCode(),
                LocalDate.ofInstant(now, clock.getZone()),
                null));
        obligations.fulfil(OBLIGATION_KIND, consultation.getId(), now);
    }

    private Consultation move(long id, ConsultationState target) {
        Consultation consultation = acting(id, target);
        consultation.moveTo(target, clock.instant());
        publicContent.changed();
        searchable.fire(ConsultationDocuments.of(consultation, clock.getZone()));
        audit.record("consultation." + target.name().toLowerCase(java.util.Locale.ROOT), consultation.getSlug(), null);
        return consultation;
    }

    private Consultation acting(long id, ConsultationState target) {
        Consultation consultation = find(id);
        access.requireBoardOrAnswerer(consultation.getLeadAgency());
        if (!consultation.getState().canMoveTo(target)) {
            throw new ConflictException(
                    "consultation.error.state",
                    "A consultation " + consultation.getState() + " cannot become " + target);
        }
        return consultation;
    }

    private Consultation editable(long id) {
        Consultation consultation = find(id);
        access.requireBoardOrAnswerer(consultation.getLeadAgency());
        if (consultation.getState() != ConsultationState.DRAFT) {
            throw new ConflictException("consultation.error.notDraft", "Only a draft is corrected");
        }
        return consultation;
    }

    private void fill(Consultation consultation, ConsultationDraft draft) {
        String text = Text.nfc(draft.draftText()).strip();
        DraftSplitter.Result split = DraftSplitter.split(text);
        consultation.describe(
                Text.clean(draft.title()),
                Text.nfc(draft.summary()).strip(),
                Text.clean(draft.contactName()),
                Text.clean(draft.contactEmail()),
                Text.clean(draft.contactPhone()),
                draft.opensAt().atZone(clock.getZone()).toInstant(),
                draft.closesAt().atZone(clock.getZone()).toInstant(),
                draft.amendsDocumentId() == null ? null : document(draft.amendsDocumentId()));
        consultation.replaceDraft(text, split.parts(), split.split());
    }

    private Consultation find(long id) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null) {
            throw new NotFoundException("Consultation", id);
        }
        return consultation;
    }

    private OrgUnit agency(String code) {
        return directory
                .findOrgUnit(code)
                .orElseThrow(() -> InvalidInputException.of("leadAgencyCode", "consultation.error.agency"));
    }

    private LegalDocument document(long id) {
        return legal.findDocument(id)
                .orElseThrow(() -> InvalidInputException.of("amendsDocumentId", "consultation.error.document"));
    }

    private String freeSlug(String title) {
        return Slug.firstFree(
                Text.clean(title), candidate -> !em.createNamedQuery(Consultation.BY_SLUG, Consultation.class)
                        .setParameter("slug", candidate)
                        .getResultList()
                        .isEmpty());
    }

    private static String clean(String text) {
        String cleaned = Text.clean(text);
        return cleaned == null ? "" : cleaned;
    }
}
