package vn.egov.portal.legal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.legal.entity.LegalStatus;
import vn.egov.portal.platform.discovery.control.JsonLd;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.site.web.PortalView;

/** One document at its stable address /van-ban/{year}/{number}/{symbol}, with its relations. */
@Named
@RequestScoped
public class LegalDocumentPage {

    @Inject
    LegalDocumentRegistry registry;

    @Inject
    PortalLocale locale;

    @Inject
    PortalView portal;

    private LegalDocument document;
    private List<LegalDocumentRegistry.Related> relations;

    /**
     * Finds the document before the page is drawn: an address that names no published document is a
     * 404, with the error page, and is never kept in the page cache. The path is read from the Faces
     * request: the readable address arrives forwarded ({@link LegalPaths}), and only the forward
     * carries it.
     */
    public void load() {
        String path = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("path");
        document = Optional.ofNullable(path)
                .flatMap(registry::findByPath)
                .orElseThrow(() -> new NotFoundException("Legal document", path));
    }

    public LegalDocument getDocument() {
        return document;
    }

    /**
     * schema.org Legislation of the page (JSON-LD, safe inside its script element): number and symbol,
     * excerpt, issue date, issuing body, type and the stable address. The signer is left out.
     */
    public String getJsonLd() {
        Locale reader = locale.current().locale();
        return JsonLd.of("Legislation")
                .text("name", document.getExcerpt())
                .text("legislationIdentifier", document.getNumberSymbol())
                .date("legislationDate", document.getIssueDate())
                .named("legislationPassedBy", "Organization", document.issuerName(reader))
                .text("legislationType", document.getType().getName().in(reader))
                .text("inLanguage", Language.VIETNAMESE.code())
                .text("url", portal.absoluteAddress("/van-ban/" + document.getEliPath()))
                .script();
    }

    /** The status readers see today (the dates may qualify the recorded one). */
    public LegalStatus getStatus() {
        return document.statusOn(registry.today());
    }

    /** The register filtered by one field, in the page's language. */
    public String fieldLink(String field) {
        return locale.link("/van-ban/") + "?linh-vuc=" + URLEncoder.encode(field, StandardCharsets.UTF_8);
    }

    /** Read once per request: the page asks twice (whether to show the section, then its items). */
    public List<LegalDocumentRegistry.Related> getRelations() {
        if (relations == null) {
            relations = registry.relationsOf(document);
        }
        return relations;
    }
}
