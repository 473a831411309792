package vn.egov.portal.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/** A line of a Gazette issue's table of contents, linking the document. */
@Entity
@Table(name = "gazette_entry")
public class GazetteEntry extends PersistentEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private GazetteIssue issue;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private LegalDocument document;

    @Column(nullable = false)
    private int sortOrder;

    private Integer page;

    protected GazetteEntry() {}

    GazetteEntry(GazetteIssue issue, LegalDocument document, int sortOrder, Integer page) {
        this.issue = Objects.requireNonNull(issue, "issue");
        this.document = Objects.requireNonNull(document, "document");
        this.sortOrder = sortOrder;
        this.page = page;
    }

    public GazetteIssue getIssue() {
        return issue;
    }

    public LegalDocument getDocument() {
        return document;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Integer getPage() {
        return page;
    }
}
