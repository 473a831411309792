package vn.egov.portal.eservice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.eservice.control.ApplicationRepository;
import vn.egov.portal.eservice.control.EserviceAccess;
import vn.egov.portal.eservice.entity.Application;
import vn.egov.portal.eservice.entity.ApplicationFile;
import vn.egov.portal.eservice.entity.ApplicationMove;
import vn.egov.portal.eservice.entity.ApplicationState;
import vn.egov.portal.eservice.entity.WrongStateException;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

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

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationRepository dossiers;

    @Inject
    EserviceAccess access;

    @Inject
    AuditTrail audit;

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
        em.flush();
        audit.record("eservice.move", target(dossier), move.name());
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
