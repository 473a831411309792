package vn.egov.portal.eservice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.egov.portal.eservice.control.ProcedureCode;
import vn.egov.portal.eservice.entity.DossierComponent;
import vn.egov.portal.eservice.entity.OnlineLevel;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.eservice.entity.ProcedureLevel;
import vn.egov.portal.setup.boundary.DemoDataset;
import vn.egov.portal.setup.control.SeedFiles;
import vn.egov.portal.site.entity.OrgUnit;

/** The demo province's procedure catalogue ({@code seed/demo-eservice.json}): provincial departments and communes. */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
public class EserviceDemoData implements DemoDataset {

    /** A dossier component in the seed file. */
    public record ComponentData(String name, int originals, int copies, boolean required) {}

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
            String legalBasis,
            List<String> steps,
            List<ComponentData> components) {}

    /** The seed file. */
    public record EserviceData(List<ProcedureData> procedures) {}

    @PersistenceContext
    EntityManager em;

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
        SeedFiles.read("seed/demo-eservice.json", EserviceData.class)
                .procedures()
                .forEach(this::add);
    }

    private void add(ProcedureData data) {
        OrgUnit agency = em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
                .setParameter("code", data.agency())
                .getSingleResult();
        String code = ProcedureCode.read(data.code())
                .orElseThrow(() -> new IllegalStateException("seed procedure code " + data.code()))
                .text();
        Procedure procedure =
                new Procedure(code, data.name(), data.field(), agency, ProcedureLevel.valueOf(data.level()));
        procedure.settle(
                OnlineLevel.valueOf(data.onlineLevel()),
                data.feeVnd(),
                data.processingDays(),
                data.result(),
                data.legalBasis());
        procedure.describe(
                data.steps(),
                data.components().stream()
                        .map(c -> new DossierComponent(c.name(), c.originals(), c.copies(), c.required()))
                        .toList());
        em.persist(procedure);
    }
}
