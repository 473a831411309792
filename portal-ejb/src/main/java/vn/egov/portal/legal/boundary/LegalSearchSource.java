package vn.egov.portal.legal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.egov.portal.legal.control.LegalDocuments;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.search.boundary.SearchSource;
import vn.egov.portal.search.boundary.SourcePage;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.Searchable;

/** The published legal documents, for the rebuild of the search index. */
@Stateless
@PermitAll // Only what the public already sees.
public class LegalSearchSource implements SearchSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public SearchKind kind() {
        return SearchKind.LEGAL_DOCUMENT;
    }

    @Override
    public List<Searchable> after(long afterId, int max) {
        return SourcePage.of(
                em.createQuery(
                        "select d from LegalDocument d where d.id > :after and d.publishedAt is not null order by d.id",
                        LegalDocument.class),
                afterId,
                max,
                LegalDocuments::of);
    }
}
