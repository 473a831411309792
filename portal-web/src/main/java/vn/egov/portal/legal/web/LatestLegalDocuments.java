package vn.egov.portal.legal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.boundary.LegalSearch;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.platform.cache.boundary.PerContentVersion;
import vn.egov.portal.platform.paging.boundary.PageRequest;

/**
 * The few newest published documents, newest issue date first, for the home page: read once per public
 * content version (a list and its count at every render without the page cache, before).
 */
@Named
@ApplicationScoped
public class LatestLegalDocuments {

    private static final int SHOWN = 5;

    @Inject
    LegalDocumentRegistry registry;

    private final PerContentVersion<Integer, List<LegalDocument>> newest = new PerContentVersion<>(1);

    public List<LegalDocument> getDocuments() {
        return newest.get(
                SHOWN,
                shown -> List.copyOf(registry.search(LegalSearch.all(PageRequest.first(shown)))
                        .items()));
    }
}
