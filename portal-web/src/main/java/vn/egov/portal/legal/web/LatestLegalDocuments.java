package vn.egov.portal.legal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.boundary.LegalSearch;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.platform.paging.boundary.PageRequest;

/** The few newest published documents, newest issue date first, for the home page. */
@Named
@RequestScoped
public class LatestLegalDocuments {

    private static final int SHOWN = 5;

    @Inject
    LegalDocumentRegistry registry;

    private List<LegalDocument> documents;

    public List<LegalDocument> getDocuments() {
        if (documents == null) {
            documents =
                    registry.search(LegalSearch.all(PageRequest.first(SHOWN))).items();
        }
        return documents;
    }
}
