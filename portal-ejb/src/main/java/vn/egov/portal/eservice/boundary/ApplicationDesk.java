package vn.egov.portal.eservice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.eservice.control.ApplicationRepository;
import vn.egov.portal.eservice.control.DossierDeadlines;
import vn.egov.portal.eservice.control.EserviceAccess;
import vn.egov.portal.eservice.control.EserviceNotices;
import vn.egov.portal.eservice.entity.Application;
import vn.egov.portal.eservice.entity.ApplicationFile;
import vn.egov.portal.eservice.entity.ApplicationMove;
import vn.egov.portal.eservice.entity.ApplicationState;
import vn.egov.portal.eservice.entity.WrongStateException;
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.privacy.boundary.ErasureRequest;
import vn.egov.portal.privacy.control.Redaction;

/**
 * The officials' side of the e-services: the dossiers of their agency, one dossier with the
 * applicant's particulars and files (each opening and each download in the audit trail), and the
 * workflow's moves. Another agency's official gets a 403 on the dossier and its files.
 */
@Stateless
@RolesAllowed(Roles.AGENCY_ANSWERER)
public class ApplicationDesk {

    /** The moves whose comment the applicant needs: the reason, or the list of what is missing. */
    private static final Set<ApplicationMove> NEED_COMMENT =
            EnumSet.of(ApplicationMove.REFUSE, ApplicationMove.REJECT, ApplicationMove.REQUEST_SUPPLEMENT);

    private static final int MAX_COMMENT = 2000;

    private static final int MAX_LETTER = 4000;

    private static final int MAX_REFERENCE = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationRepository dossiers;

    @Inject
    EserviceAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    EserviceNotices notices;

    @Inject
    DossierDeadlines deadlines;

    @Inject
    EserviceSettings settings;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    /** The caller's agencies' dossiers, in {@code state} or all, newest first; no particulars. */
    public ResultPage<DossierStatus> list(ApplicationState state, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return dossiers.listFor(access.agencies(), state, page).map(dossier -> DossierStatus.of(dossier, today, true));
    }

    /** One dossier with its particulars; the opening is recorded by dossier id, never by name. */
    public DossierCase open(String code) {
        Application dossier = dossiers.getByCode(code);
        access.requireOfficialOf(dossier.getAgency());
        audit.record("eservice.applicant.view", target(dossier), null);
        return DossierCase.of(dossier, DossierStatus.of(dossier, LocalDate.now(clock), true));
    }

    /**
     * Makes an official's move with its comment (required for a refusal, a rejection and a supplement
     * request); 409 naming the state when the dossier's state does not allow it.
     */
    public DossierCase move(String code, ApplicationMove move, String comment) {
        if (move == null || !move.isOfficials()) {
            throw InvalidInputException.of("move", "eservice.error.move");
        }
        Application dossier = dossiers.getByCode(code);
        String actor = access.requireOfficialOf(dossier.getAgency()).getUsername();
        ApplicationIntake.requireAllowed(dossier, move);
        String clean = Text.isBlank(comment) ? null : Text.clean(comment);
        if (clean == null && NEED_COMMENT.contains(move)) {
            throw InvalidInputException.of("comment", "eservice.error.required.comment");
        }
        if (clean != null && clean.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "eservice.error.length.comment");
        }
        try {
            dossier.move(move, actor, clock.instant(), clean, dossiers.clock());
        } catch (WrongStateException wrong) {
            throw ApplicationIntake.conflict(dossier);
        }
        deadlines.moved(dossier, move);
        notices.moved(dossier, move, clean);
        em.flush();
        audit.record("eservice.move", target(dossier), move.name());
        return DossierCase.of(dossier, DossierStatus.of(dossier, LocalDate.now(clock), true));
    }

    /** The caller's agencies' dossiers past their due date while with the agency, the most overdue first. */
    public List<DossierStatus> overdue() {
        LocalDate today = LocalDate.now(clock);
        return dossiers.overdueFor(access.agencies(), today).stream()
                .map(dossier -> DossierStatus.of(dossier, today, true))
                .toList();
    }

    /**
     * The letter of apology to confirm: the one sent already, or the portal's draft (new appointment
     * date some working days after today, standard wording). 409 when the dossier is not late.
     */
    public ApologyLetter apology(String code) {
        Application dossier = dossiers.getByCode(code);
        access.requireOfficialOf(dossier.getAgency());
        LocalDate today = LocalDate.now(clock);
        if (dossier.getApologyAt() != null && !dossier.isLate(today)) {
            return sent(dossier);
        }
        requireLate(dossier, today);
        LocalDate proposed = dossiers.clock().newAppointment(today, settings.apologyExtraDays());
        return new ApologyLetter(
                dossier.getCode(), dossier.getDueDate(), proposed, notices.apologyDraft(dossier, proposed), null);
    }

    /**
     * Sends the letter as the official confirmed it: the new appointment date (a working day after
     * today) and the text; mailed to the applicant, the date shown on the public status.
     */
    public ApologyLetter apologise(String code, LocalDate newDate, String text) {
        Application dossier = dossiers.getByCode(code);
        String actor = access.requireOfficialOf(dossier.getAgency()).getUsername();
        LocalDate today = LocalDate.now(clock);
        requireLate(dossier, today);
        if (newDate == null || !dossiers.clock().isPromisable(newDate, today)) {
            throw InvalidInputException.of("newDate", "eservice.error.apology.date");
        }
        String clean = Text.isBlank(text) ? null : Text.clean(text);
        if (clean == null || clean.length() > MAX_LETTER) {
            throw InvalidInputException.of("text", "eservice.error.apology.text");
        }
        dossier.apologise(newDate, clean, actor, clock.instant(), today);
        deadlines.apologised(dossier);
        notices.apologised(dossier);
        em.flush();
        audit.record("eservice.apology", target(dossier), newDate.toString());
        return sent(dossier);
    }

    private static void requireLate(Application dossier, LocalDate today) {
        if (!dossier.isLate(today)) {
            throw new ConflictException(
                    "eservice.error.notLate", "Dossier " + dossier.getId() + " is not past its due date");
        }
    }

    private static ApologyLetter sent(Application dossier) {
        return new ApologyLetter(
                dossier.getCode(),
                dossier.getDueDate(),
                dossier.getApologyDate(),
                dossier.getApologyText(),
                dossier.getApologyAt());
    }

    /**
     * Erases the applicant's personal data (Article 19.2), as Q&A erases an asker's: on the
     * applicant's request or an authority's order, with its reference. The particulars, the files
     * (from the file store too) and the mails not sent yet go; the applicant's particulars are taken
     * out of the comments; the code, dates, state and rating stay, so the public results do not
     * change. 409 the second time. The agency's officials execute it; audited by dossier id.
     */
    public DossierCase erase(String code, ErasureRequest request) {
        if (request == null || request.requestedBy() == null) {
            throw InvalidInputException.of("requestedBy", "eservice.error.required.requestedBy");
        }
        String reference = Text.isBlank(request.reference()) ? null : Text.clean(request.reference());
        if (reference != null && reference.length() > MAX_REFERENCE) {
            throw InvalidInputException.of("reference", "eservice.error.length.reference");
        }
        Application dossier = dossiers.getByCode(code);
        String actor = access.requireOfficialOf(dossier.getAgency()).getUsername();
        if (dossier.isErased()) {
            throw new ConflictException("eservice.error.erased", "Dossier " + dossier.getId() + " is erased already");
        }
        List<String> known = dossier.getApplicant().identifyingValues();
        notices.forget(dossier);
        dossier.erase(
                        request.requestedBy(),
                        reference,
                        clock.instant(),
                        actor,
                        text -> Redaction.redactAll(text, known))
                .forEach(file -> files.delete(file.getStored()));
        em.flush();
        audit.record("eservice.erase", target(dossier), request.requestedBy().name());
        return DossierCase.of(dossier, DossierStatus.of(dossier, LocalDate.now(clock), true));
    }

    /** A file of a dossier, for its agency's officials to download; every download is logged. */
    public StoredFile openFile(long fileId) {
        ApplicationFile file = Optional.ofNullable(em.find(ApplicationFile.class, fileId))
                .orElseThrow(() -> new NotFoundException("Application file", fileId));
        access.requireOfficialOf(file.getApplication().getAgency());
        audit.record("eservice.file.view", target(file.getApplication()), "file " + fileId);
        return file.getStored();
    }

    private static String target(Application dossier) {
        return "application " + dossier.getId();
    }
}
