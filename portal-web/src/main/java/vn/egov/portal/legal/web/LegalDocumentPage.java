package vn.egov.portal.legal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.entity.LegalDocument;

/** One document at its stable address /van-ban/{year}/{number}/{symbol}, with its relations. */
@Named
@RequestScoped
public class LegalDocumentPage {

    @Inject
    LegalDocumentRegistry registry;

    @Inject
    HttpServletRequest request;

    private LegalDocument document;
    private List<LegalDocumentRegistry.Related> relations;

    public LegalDocument getDocument() {
        if (document == null) {
            Object path = request.getAttribute(LegalDocumentPathFilter.PATH_ATTRIBUTE);
            document =
                    path == null ? null : registry.findByPath(path.toString()).orElse(null);
        }
        return document;
    }

    /** Read once per request: the page asks twice (whether to show the section, then its items). */
    public List<LegalDocumentRegistry.Related> getRelations() {
        if (relations == null) {
            relations = getDocument() == null ? List.of() : registry.relationsOf(getDocument());
        }
        return relations;
    }
}
