package vn.egov.portal.eservice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.search.boundary.SearchSource;
import vn.egov.portal.search.boundary.SourcePage;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.Searchable;

/**
 * The procedure catalogue, all of it public, for the search index: name, field, agency, result and
 * legal basis. The catalogue is loaded, not edited, so the rebuild is what indexes it.
 */
@Stateless
@PermitAll // The catalogue is public.
public class ProcedureSearchSource implements SearchSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public SearchKind kind() {
        return SearchKind.PROCEDURE;
    }

    @Override
    public List<Searchable> after(long afterId, int max) {
        return SourcePage.of(
                em.createQuery("select p from Procedure p where p.id > :after order by p.id", Procedure.class),
                afterId,
                max,
                ProcedureSearchSource::of);
    }

    private static Searchable of(Procedure procedure) {
        String text = Stream.of(
                        procedure.getCode(),
                        procedure.getAgency() == null
                                ? null
                                : procedure.getAgency().getName().getVi(),
                        procedure.getResult(),
                        procedure.getLegalBasis(),
                        String.join(". ", procedure.getSteps()))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(". "));
        return new Searchable(
                SearchKind.PROCEDURE,
                procedure.getId(),
                null,
                procedure.getField(),
                null,
                procedure.getName(),
                text,
                "/thu-tuc-hanh-chinh/" + procedure.getCode(),
                List.of());
    }
}
