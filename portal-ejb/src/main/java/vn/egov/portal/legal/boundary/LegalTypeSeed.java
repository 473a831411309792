package vn.egov.portal.legal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.egov.portal.legal.entity.DocumentType;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.setup.control.SeedFiles;
import vn.egov.portal.setup.control.StructureData;

/** Adds the document types of {@code seed/legal-document-types.json} whose codes are missing, at every start. */
@jakarta.ejb.Stateless
// Open to every caller on purpose: the start-up applies the types without a caller.
@PermitAll
public class LegalTypeSeed {

    /** The seed file's shape. */
    public record TypeData(String code, String abbreviation, StructureData.Names name) {}

    /** The seed file. */
    public record TypesData(List<TypeData> types) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    LegalSettings settings;

    /** Idempotent: called at start-up and by the legal demo data. */
    public void apply() {
        List<TypeData> types =
                SeedFiles.read(settings.typesSeed(), TypesData.class).types();
        for (int i = 0; i < types.size(); i++) {
            TypeData type = types.get(i);
            boolean exists = !em.createNamedQuery(DocumentType.BY_CODE, DocumentType.class)
                    .setParameter("code", type.code())
                    .getResultList()
                    .isEmpty();
            if (!exists) {
                em.persist(new DocumentType(
                        type.code(),
                        type.abbreviation(),
                        LocalizedText.of(type.name().vi(), type.name().en()),
                        i + 1));
            }
        }
    }
}
