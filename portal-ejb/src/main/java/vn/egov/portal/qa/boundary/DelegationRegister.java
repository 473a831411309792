package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.qa.control.QaAccess;
import vn.egov.portal.qa.entity.AnswerDelegation;
import vn.egov.portal.qa.entity.DelegationKind;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * The register of who may answer for an agency (Article 9.5): its head and the persons the head
 * authorised in writing. The board keeps it; a head on record may add and revoke delegates of their
 * own agency. Only an account holding the agency-answerer role for the agency can be entered.
 */
@Stateless
@RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.AGENCY_ANSWERER})
public class DelegationRegister {

    @PersistenceContext
    EntityManager em;

    @Inject
    QaAccess access;

    @Inject
    SiteDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    InputCheck inputs;

    @Inject
    Clock clock;

    /** The whole register for the board; for an answerer, the entries of the agencies they answer for. */
    public List<AnswerDelegation> list() {
        if (access.isBoard(access.requireAccount())) {
            return em.createNamedQuery(AnswerDelegation.ALL, AnswerDelegation.class)
                    .getResultList();
        }
        List<OrgUnit> own = access.answeringUnits();
        return own.isEmpty()
                ? List.of()
                : em.createNamedQuery(AnswerDelegation.OF_AGENCIES, AnswerDelegation.class)
                        .setParameter("agencies", own)
                        .getResultList();
    }

    public AnswerDelegation record(DelegationRequest request) {
        Map<String, String> errors = inputs.problems(request);
        OrgUnit agency = Text.isBlank(request.agency())
                ? null
                : directory.findOrgUnit(request.agency()).orElse(null);
        UserAccount account = Text.isBlank(request.username())
                ? null
                : findAccount(request.username()).orElse(null);
        if (agency == null) {
            errors.putIfAbsent("agency", "qa.error.agency");
        }
        if (account == null) {
            errors.putIfAbsent("username", "qa.error.delegation.account");
        } else if (agency != null && !account.holds(Role.AGENCY_ANSWERER, agency)) {
            errors.putIfAbsent("username", "qa.error.delegation.role");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UserAccount recorder = requireKeeper(agency, request.kind());
        AnswerDelegation entry = new AnswerDelegation(
                agency,
                account,
                request.kind(),
                Text.clean(request.reference()),
                request.validFrom(),
                request.validUntil(),
                recorder.getUsername(),
                clock.instant());
        em.persist(entry);
        audit.record(
                "qa.delegation.record", "delegation " + entry.getId(), request.kind() + " @unit " + agency.getCode());
        return entry;
    }

    public AnswerDelegation revoke(long id) {
        AnswerDelegation entry = Optional.ofNullable(em.find(AnswerDelegation.class, id))
                .orElseThrow(() -> new NotFoundException("Delegation", id));
        UserAccount keeper = requireKeeper(entry.getAgency(), entry.getKind());
        entry.revoke(clock.instant(), keeper.getUsername());
        audit.record("qa.delegation.revoke", "delegation " + id, null);
        return entry;
    }

    /** The entry that lets this account answer for the agency on the date, if there is one. */
    @PermitAll
    public Optional<AnswerDelegation> authorityOf(UserAccount account, OrgUnit agency, LocalDate on) {
        return em
                .createNamedQuery(AnswerDelegation.FOR_ACCOUNT_AND_AGENCY, AnswerDelegation.class)
                .setParameter("account", account)
                .setParameter("agency", agency)
                .getResultList()
                .stream()
                .filter(entry -> entry.isActiveOn(on))
                .findFirst();
    }

    /** The heads on record of an agency, for escalations. */
    @PermitAll
    public List<AnswerDelegation> headsOf(OrgUnit agency) {
        LocalDate today = LocalDate.now(clock);
        return em
                .createNamedQuery(AnswerDelegation.HEADS_OF, AnswerDelegation.class)
                .setParameter("agency", agency)
                .getResultList()
                .stream()
                .filter(entry -> entry.isActiveOn(today))
                .toList();
    }

    /**
     * Where an escalation for the agency goes: the e-mails of its heads on the register; without one,
     * the agency's official mailbox; without that, nobody.
     */
    @PermitAll
    public List<String> headAddresses(OrgUnit agency) {
        List<String> heads = headsOf(agency).stream()
                .map(AnswerDelegation::getAccount)
                .map(account -> account.getEmail())
                .filter(email -> email != null && !email.isBlank())
                .distinct()
                .toList();
        if (!heads.isEmpty()
                || agency.getContact() == null
                || agency.getContact().getEmail() == null) {
            return heads;
        }
        return List.of(agency.getContact().getEmail());
    }

    /** The board keeps every entry; a head on record keeps the delegates of their own agency. */
    private UserAccount requireKeeper(OrgUnit agency, DelegationKind kind) {
        UserAccount caller = access.requireAccount();
        if (access.isBoard(caller)) {
            return caller;
        }
        boolean head = authorityOf(caller, agency, LocalDate.now(clock))
                .filter(entry -> entry.getKind() == DelegationKind.HEAD)
                .isPresent();
        if (!head || kind != DelegationKind.DELEGATE) {
            throw new AccessDeniedException("Only the board or the agency's head keeps this entry");
        }
        return caller;
    }

    private Optional<UserAccount> findAccount(String username) {
        return em
                .createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username))
                .getResultList()
                .stream()
                .findFirst();
    }
}
