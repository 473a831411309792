package vn.egov.portal.eservice.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.eservice.control.ProcedureDraft;
import vn.egov.portal.eservice.control.ProcedureImport;
import vn.egov.portal.eservice.control.ProcedureRevisions;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.eservice.entity.ProcedureFacts;
import vn.egov.portal.eservice.entity.ProcedureForm;
import vn.egov.portal.eservice.entity.ProcedurePart;
import vn.egov.portal.eservice.entity.ProcedureRevision;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.control.NumberSymbol;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.media.control.FileRules;
import vn.egov.portal.media.control.MediaFormat;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.security.boundary.AccessControl;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * The console's side of the catalogue: create or change a procedure, import a file of them, upload
 * a component's blank form. Who may: the editorial board (editor-in-chief, deputy editor) for every
 * procedure, and a competent agency's officials (the agency-scoped role) for their agency's own,
 * before and after the change; the batch operator (an integrator's token with the operator scope)
 * imports. Every change that changes something is a revision and its public announcement.
 */
@Stateless
@RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.AGENCY_ANSWERER})
public class ProcedureEditing {

    /** The blank forms are public office documents: a text or PDF file, at most 5 MB. */
    public static final FileRules FORM_RULES = FileRules.of(
            "eservice-forms", Map.of(MediaFormat.Group.DOCUMENT, 5L * 1024 * 1024), "eservice.error.form.format");

    private static final List<String> BOARD = List.of(Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.BATCH_OPERATOR);

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck inputs;

    @Inject
    ProcedureRevisions revisions;

    @Inject
    LegalDocumentRegistry register;

    @Inject
    AccessControl access;

    @Inject
    FileStore files;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The result of a save: the procedure, and its new revision when something changed. */
    public record Saved(Procedure procedure, Optional<ProcedureRevision> revision) {}

    /** A file imported: how many procedures it created and how many it changed (unchanged ones are neither). */
    public record Imported(int rows, int created, int changed) {}

    /** The procedure as the editor opens it; 404 for an unknown code, 403 for another agency's. */
    public Procedure open(String code) {
        Procedure procedure = existing(code).orElseThrow(() -> new NotFoundException("Procedure", code));
        requireMayEdit(procedure.getAgency());
        return procedure;
    }

    /** The agencies the caller may edit procedures of: all for the board, their own for an agency. */
    public List<OrgUnit> editableAgencies() {
        if (isBoard()) {
            return em.createQuery("select u from OrgUnit u order by u.path", OrgUnit.class)
                    .getResultList();
        }
        return access.requireAccount().getGrants().stream()
                .filter(grant -> grant.getRole() == Role.AGENCY_ANSWERER && grant.getOrgUnit() != null)
                .map(grant -> grant.getOrgUnit())
                .toList();
    }

    /** Creates the procedure of a new code or changes the one of that code (400 with every problem). */
    public Saved save(ProcedureDraft draft) {
        return save(draft, Map.of());
    }

    /**
     * The same from the console's text fields by their import column names, lists one item a line
     * ({@code ProcedureCells}): what does not read and what breaks a rule, all in one 400.
     */
    public Saved saveCells(Map<String, String> cells) {
        Map<String, String> conversion = new LinkedHashMap<>();
        ProcedureDraft draft = ProcedureImport.fromCells(cells, conversion);
        return save(draft, conversion);
    }

    private Saved save(ProcedureDraft draft, Map<String, String> conversion) {
        Map<String, String> problems = new LinkedHashMap<>(conversion);
        inputs.problems(draft).forEach(problems::putIfAbsent);
        OrgUnit agency = problems.containsKey("agency") ? null : agency(draft.agency());
        if (agency == null) {
            problems.putIfAbsent("agency", "eservice.error.agency");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireMayEdit(agency);
        Optional<Procedure> existing = existing(draft.canonicalCode());
        existing.ifPresent(procedure -> requireMayEdit(procedure.getAgency()));
        Saved saved = apply(draft, agency, existing, actor(), clock.instant());
        audit.record(
                "eservice.procedure." + (existing.isPresent() ? "change" : "create"),
                "procedure " + saved.procedure().getCode(),
                saved.revision().map(r -> "revision " + r.getNumber()).orElse("unchanged"));
        return saved;
    }

    /**
     * Imports a CSV or JSON file, all or nothing: any problem of any row (a 400 listing each as
     * "line N: field") and nothing is imported.
     */
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.AGENCY_ANSWERER, Roles.BATCH_OPERATOR})
    public Imported importFile(byte[] content) {
        ProcedureImport.Result read = new ProcedureImport(inputs).read(content);
        Map<String, String> problems = new LinkedHashMap<>();
        read.problems().forEach(problem -> problems.putIfAbsent(problem.where(), problem.messageKey()));
        Map<ProcedureImport.Row, OrgUnit> agencies = new LinkedHashMap<>();
        for (ProcedureImport.Row row : read.rows()) {
            OrgUnit agency = agency(row.draft().agency());
            String where = new ProcedureImport.Problem(row.line(), "agency", "").where();
            if (agency == null) {
                problems.put(where, "eservice.error.agency");
            } else if (!mayEdit(agency)
                    || existing(row.draft().canonicalCode())
                            .map(p -> !mayEdit(p.getAgency()))
                            .orElse(false)) {
                problems.put(where, "eservice.error.agency.notYours");
            } else {
                agencies.put(row, agency);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = actor();
        Instant now = clock.instant();
        int created = 0;
        int changed = 0;
        for (Map.Entry<ProcedureImport.Row, OrgUnit> row : agencies.entrySet()) {
            Optional<Procedure> existing = existing(row.getKey().draft().canonicalCode());
            Saved saved = apply(row.getKey().draft(), row.getValue(), existing, actor, now);
            if (existing.isEmpty()) {
                created++;
            } else if (saved.revision().isPresent()) {
                changed++;
            }
        }
        audit.record(
                "eservice.procedure.import",
                "procedures",
                read.rows().size() + " rows, " + created + " created, " + changed + " changed");
        return new Imported(read.rows().size(), created, changed);
    }

    /**
     * Keeps the blank form of component {@code componentNumber} (from 1), replacing an earlier one;
     * a revision names the forms as changed. The file is checked by content (a document only).
     */
    public ProcedureForm attachForm(String code, int componentNumber, String fileName, InputStream content) {
        Procedure procedure = open(code);
        if (componentNumber < 1 || componentNumber > procedure.getComponents().size()) {
            throw InvalidInputException.of("component", "eservice.error.component.unknown");
        }
        Instant now = clock.instant();
        ProcedureForm form =
                new ProcedureForm(procedure, componentNumber, files.store(FORM_RULES, fileName, content), now);
        em
                .createNamedQuery(ProcedureForm.OF_PROCEDURE, ProcedureForm.class)
                .setParameter("procedure", procedure)
                .getResultList()
                .stream()
                .filter(old -> old.getComponentNumber() == componentNumber)
                .forEach(old -> {
                    files.delete(old.getStored());
                    em.remove(old);
                });
        em.persist(form);
        revisions.record(procedure, procedure.facts(), List.of(ProcedurePart.FORMS), actor(), now, null);
        audit.record("eservice.procedure.form", "procedure " + procedure.getCode(), "component " + componentNumber);
        return form;
    }

    private Saved apply(ProcedureDraft draft, OrgUnit agency, Optional<Procedure> existing, String actor, Instant at) {
        ProcedureFacts facts = draft.facts(this::registered);
        Procedure procedure = existing.orElseGet(
                () -> new Procedure(draft.canonicalCode(), facts.name(), facts.field(), agency, facts.level()));
        ProcedureFacts before = existing.map(Procedure::facts).orElse(null);
        procedure.apply(facts, agency);
        if (existing.isEmpty()) {
            em.persist(procedure);
        }
        return new Saved(
                procedure,
                revisions.record(
                        procedure,
                        before,
                        List.of(),
                        actor,
                        at,
                        vn.egov.portal.platform.i18n.control.Text.clean(draft.note())));
    }

    /** The register's path of a cited document it publishes, so the procedure page can link to it. */
    private Optional<String> registered(NumberSymbol number) {
        return register.findByNumberSymbol(number.text()).map(LegalDocument::getEliPath);
    }

    private Optional<Procedure> existing(String code) {
        return vn.egov.portal.eservice.control.ProcedureCode.read(code)
                .flatMap(read -> em.createNamedQuery(Procedure.BY_CODE, Procedure.class)
                        .setParameter("code", read.text())
                        .getResultStream()
                        .findFirst());
    }

    private OrgUnit agency(String code) {
        return code == null
                ? null
                : em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
                        .setParameter("code", code.strip())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
    }

    private boolean isBoard() {
        return BOARD.stream().anyMatch(session::isCallerInRole);
    }

    private boolean mayEdit(OrgUnit agency) {
        if (isBoard()) {
            return true;
        }
        return session.isCallerInRole(Roles.AGENCY_ANSWERER)
                && access.currentAccount()
                        .map(account -> account.holds(Role.AGENCY_ANSWERER, agency))
                        .orElse(false);
    }

    private void requireMayEdit(OrgUnit agency) {
        if (!mayEdit(agency)) {
            throw new AccessDeniedException("Not an editor of unit " + agency.getCode() + "'s procedures");
        }
    }

    private String actor() {
        return access.currentAccount()
                .map(UserAccount::getUsername)
                .orElse(session.getCallerPrincipal().getName());
    }
}
