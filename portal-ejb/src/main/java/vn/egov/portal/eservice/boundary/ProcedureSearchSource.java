package vn.egov.portal.eservice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.egov.portal.eservice.control.ProcedureIndexEntry;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.search.boundary.SearchSource;
import vn.egov.portal.search.boundary.SourcePage;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.Searchable;

/**
 * The procedure catalogue, all of it public, for the search index: name, field, agency, result and
 * legal basis. The rebuild indexes the loaded catalogue; each edit fires its procedure again.
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
                ProcedureIndexEntry::of);
    }
}
