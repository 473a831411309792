package vn.egov.portal.legal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.legal.entity.LegalStatus;
import vn.egov.portal.platform.web.PortalLocale;

/** One document at its stable address /van-ban/{year}/{number}/{symbol}, with its relations. */
@Named
@RequestScoped
public class LegalDocumentPage {

    @Inject
    LegalDocumentRegistry registry;

    @Inject
    HttpServletRequest request;

    @Inject
    PortalLocale locale;

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

    /** The status readers see today (the dates may qualify the recorded one). */
    public LegalStatus getStatus() {
        return getDocument() == null ? null : getDocument().statusOn(registry.today());
    }

    /** The register filtered by one field, in the page's language. */
    public String fieldLink(String field) {
        return locale.link("/van-ban/") + "?linh-vuc=" + URLEncoder.encode(field, StandardCharsets.UTF_8);
    }

    /** Read once per request: the page asks twice (whether to show the section, then its items). */
    public List<LegalDocumentRegistry.Related> getRelations() {
        if (relations == null) {
            relations = getDocument() == null ? List.of() : registry.relationsOf(getDocument());
        }
        return relations;
    }
}
