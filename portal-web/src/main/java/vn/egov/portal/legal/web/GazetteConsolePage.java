package vn.egov.portal.legal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.util.Messages;
import vn.egov.portal.legal.boundary.LegalDocumentEditing;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.entity.GazetteIssue;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;

/**
 * Composing an e-Gazette issue (admin/gazette.xhtml): number, date and the table of contents, one
 * number and symbol per line in the order of the issue. Lines are looked up among published
 * documents; each one that is not found is named in the message.
 */
@Named
@ViewScoped
public class GazetteConsolePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalDocumentEditing editing;

    @Inject
    LegalDocumentRegistry registry;

    private List<GazetteIssue> issues;
    private Integer issueNumber;
    private LocalDate issueDate;
    private String contents;

    @PostConstruct
    void load() {
        issues = registry.listGazetteIssues();
    }

    public void compose() {
        Optional<List<Long>> documents = documentIds();
        if (documents.isEmpty()) {
            return;
        }
        try {
            editing.createGazetteIssue(issueNumber == null ? 0 : issueNumber, issueDate, documents.get());
            FacesFeedback.done("legal.console.gazetteCreated");
            issueNumber = null;
            contents = null;
            load();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "gazette");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        }
    }

    /** The documents of the lines in order, or empty after naming each line that is not one. */
    private Optional<List<Long>> documentIds() {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String line : contents == null ? new String[0] : contents.split("\\R")) {
            if (!line.isBlank()) {
                lookUp(line.strip())
                        .ifPresentOrElse(document -> ids.add(document.getId()), () -> unknown.add(line.strip()));
            }
        }
        unknown.forEach(line ->
                Messages.addError("gazette:contents", FacesFeedback.text("error.legal.gazette.document"), line));
        if (!unknown.isEmpty()) {
            Messages.addGlobalError(FacesFeedback.text("error.legal.gazette.documents"));
            return Optional.empty();
        }
        return Optional.of(List.copyOf(ids));
    }

    private Optional<LegalDocument> lookUp(String numberSymbol) {
        try {
            return registry.findByNumberSymbol(numberSymbol);
        } catch (InvalidInputException malformed) {
            return Optional.empty();
        }
    }

    public List<GazetteIssue> getIssues() {
        return issues;
    }

    public Integer getIssueNumber() {
        return issueNumber;
    }

    public void setIssueNumber(Integer issueNumber) {
        this.issueNumber = issueNumber;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public String getContents() {
        return contents;
    }

    public void setContents(String contents) {
        this.contents = contents;
    }
}
