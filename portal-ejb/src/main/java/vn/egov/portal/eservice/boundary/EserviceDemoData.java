package vn.egov.portal.eservice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.eservice.control.ProcedureCode;
import vn.egov.portal.eservice.control.ProcedureRevisions;
import vn.egov.portal.eservice.entity.DossierComponent;
import vn.egov.portal.eservice.entity.LegalCitation;
import vn.egov.portal.eservice.entity.OnlineLevel;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.eservice.entity.ProcedureFacts;
import vn.egov.portal.eservice.entity.ProcedureForm;
import vn.egov.portal.eservice.entity.ProcedureLevel;
import vn.egov.portal.eservice.entity.ProcedurePart;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.setup.boundary.DemoDataset;
import vn.egov.portal.setup.control.SeedFiles;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * The demo province's procedure catalogue ({@code seed/demo-eservice.json}): provincial departments
 * and communes, each entered a month ago (revision 1) with a blank form for each declaration
 * component, and the seed's later changes as further revisions, so a procedure shows its history.
 */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
public class EserviceDemoData implements DemoDataset {

    /** A dossier component in the seed file. */
    public record ComponentData(String name, int originals, int copies, boolean required) {}

    /** A document of the legal basis in the seed file. */
    public record CitationData(String numberSymbol, String title) {}

    /** A procedure in the seed file. */
    public record ProcedureData(
            String code,
            String name,
            String field,
            String agency,
            String level,
            String onlineLevel,
            Long feeVnd,
            int processingDays,
            String result,
            String executingBody,
            String conditions,
            List<CitationData> legalBasis,
            List<String> steps,
            List<ComponentData> components) {}

    /** A later change of one procedure: its new time limit and one more document of its legal basis. */
    public record ChangeData(
            String code, int daysAgo, Integer processingDays, CitationData addLegalBasis, String note) {}

    /** The seed file: the blank form's text ({0} procedure, {1} component, {2} agency), procedures, changes. */
    public record EserviceData(String formTemplate, List<ProcedureData> procedures, List<ChangeData> changes) {}

    /** The components that get a blank form: the declarations and applications to fill in. */
    private static final List<String> FORM_WORDS = List.of("to khai", "don ");

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureRevisions revisions;

    @Inject
    FileStore files;

    @Inject
    LegalDocumentRegistry register;

    @Inject
    Clock clock;

    @Override
    public String key() {
        return "demo.eservice.v1";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        EserviceData data = SeedFiles.read("seed/demo-eservice.json", EserviceData.class);
        Instant entered = clock.instant().minus(Duration.ofDays(30));
        data.procedures().forEach(procedure -> add(procedure, data.formTemplate(), entered));
        if (data.changes() != null) {
            data.changes().forEach(this::change);
        }
    }

    private void add(ProcedureData data, String formTemplate, Instant entered) {
        OrgUnit agency = em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
                .setParameter("code", data.agency())
                .getSingleResult();
        String code = ProcedureCode.read(data.code())
                .orElseThrow(() -> new IllegalStateException("seed procedure code " + data.code()))
                .text();
        ProcedureLevel level = ProcedureLevel.valueOf(data.level());
        Procedure procedure = new Procedure(code, data.name(), data.field(), agency, level);
        procedure.apply(
                new ProcedureFacts(
                        data.name(),
                        data.field(),
                        agency.getCode(),
                        level,
                        data.executingBody(),
                        data.conditions(),
                        data.steps(),
                        data.components().stream()
                                .map(c -> new DossierComponent(c.name(), c.originals(), c.copies(), c.required()))
                                .toList(),
                        data.feeVnd(),
                        data.processingDays(),
                        data.result(),
                        data.legalBasis().stream().map(this::citation).toList(),
                        OnlineLevel.valueOf(data.onlineLevel())),
                agency);
        em.persist(procedure);
        List<DossierComponent> components = procedure.getComponents();
        for (int i = 0; i < components.size(); i++) {
            String name = components.get(i).getName();
            String folded = Text.fold(name) + " ";
            if (FORM_WORDS.stream().anyMatch(folded::startsWith)) {
                String text = MessageFormat.format(
                        formTemplate,
                        data.name(),
                        name.toUpperCase(new Locale("vi")),
                        agency.getName().getVi());
                String fileName = slug(name + " " + data.name()) + ".txt";
                em.persist(new ProcedureForm(
                        procedure,
                        i + 1,
                        files.store(
                                ProcedureEditing.FORM_RULES,
                                fileName,
                                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
                        entered));
            }
        }
        revisions.record(procedure, null, List.of(), AuditTrail.SYSTEM, entered, null);
    }

    private void change(ChangeData data) {
        Procedure procedure = em.createNamedQuery(Procedure.BY_CODE, Procedure.class)
                .setParameter(
                        "code", ProcedureCode.read(data.code()).orElseThrow().text())
                .getSingleResult();
        ProcedureFacts before = procedure.facts();
        List<LegalCitation> legalBasis = new ArrayList<>(before.legalBasis());
        if (data.addLegalBasis() != null) {
            legalBasis.add(citation(data.addLegalBasis()));
        }
        procedure.apply(
                new ProcedureFacts(
                        before.name(),
                        before.field(),
                        before.agencyCode(),
                        before.level(),
                        before.executingBody(),
                        before.conditions(),
                        before.steps(),
                        before.components(),
                        before.feeVnd(),
                        data.processingDays() == null ? before.processingDays() : data.processingDays(),
                        before.result(),
                        legalBasis,
                        before.onlineLevel()),
                procedure.getAgency());
        revisions.record(
                procedure,
                before,
                List.<ProcedurePart>of(),
                AuditTrail.SYSTEM,
                clock.instant().minus(Duration.ofDays(data.daysAgo())),
                data.note());
    }

    /** The register's link when it publishes the cited document (the demo register loads first). */
    private LegalCitation citation(CitationData data) {
        return new LegalCitation(
                data.numberSymbol(),
                data.title(),
                register.findByNumberSymbol(data.numberSymbol())
                        .map(LegalDocument::getEliPath)
                        .orElse(null));
    }

    private static String slug(String text) {
        String slug = Text.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.substring(0, Math.min(slug.length(), 80)).replaceAll("-$", "");
    }
}
