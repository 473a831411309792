package vn.egov.portal.legal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.entity.GazetteIssue;

/** The e-Gazette issues with their tables of contents (/cong-bao/). */
@Named
@RequestScoped
public class GazettePage {

    @Inject
    LegalDocumentRegistry registry;

    private List<GazetteIssue> issues;

    public List<GazetteIssue> getIssues() {
        if (issues == null) {
            issues = registry.listGazetteIssues();
        }
        return issues;
    }
}
