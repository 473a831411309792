package vn.egov.portal.qa.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.qa.boundary.PublishedAnswers;
import vn.egov.portal.qa.boundary.PublishedQa;
import vn.egov.portal.qa.boundary.QaSettings;
import vn.egov.portal.qa.entity.Citation;

/** One published question and answer (/hoi-dap/cau-hoi.xhtml?id=...), with the disclaimer of Article 9.6. */
@Named
@RequestScoped
public class QaItemPage {

    @Inject
    PublishedAnswers published;

    @Inject
    QaSettings settings;

    @Inject
    LegalDocumentRegistry registry;

    @Inject
    PortalLocale locale;

    private PublishedQa item;
    private final Map<Long, Optional<String>> documentLinks = new HashMap<>();

    /**
     * Answers 404 for an id that is not a published answer, 410 for one the board took back
     * ({@link PublishedAnswers#get}). The id is read from the Faces request: a readable address
     * ("/hoi-dap/12-...") arrives forwarded, and only the forward carries it.
     */
    public void load() {
        item = published.get(id().orElseThrow(() -> new NotFoundException("Published question", "?")));
    }

    private Optional<Long> id() {
        try {
            return Optional.of(Long.parseLong(FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get("id")));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** The address of a cited document in the legal-documents register, or null when it was typed in. */
    public String documentLink(Citation citation) {
        if (citation.getDocumentId() == null) {
            return null;
        }
        return documentLinks
                .computeIfAbsent(citation.getDocumentId(), id -> registry.findDocument(id)
                        .map(document -> locale.link("/van-ban/" + document.getEliPath())))
                .orElse(null);
    }

    public PublishedQa getItem() {
        return item;
    }

    public String getDisclaimer() {
        return settings.disclaimer().in(locale.getLocale());
    }
}
