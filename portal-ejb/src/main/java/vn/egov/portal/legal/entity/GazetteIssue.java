package vn.egov.portal.legal.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/** An issue of the provincial e-Gazette (Công báo): number within its year, date, table of contents (R4.3). */
@Entity
@Table(
        name = "gazette_issue",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_gazette_issue",
                        columnNames = {"issue_year", "issueNumber"}))
@NamedQuery(
        name = GazetteIssue.ALL,
        query = "select g from GazetteIssue g order by g.issueDate desc, g.issueNumber desc")
@NamedQuery(
        name = GazetteIssue.BY_NUMBER,
        query = "select g from GazetteIssue g where g.issueYear = :year and g.issueNumber = :number")
public class GazetteIssue extends PersistentEntity {

    public static final String ALL = "GazetteIssue.all";
    public static final String BY_NUMBER = "GazetteIssue.byNumber";

    @Column(nullable = false)
    private int issueNumber;

    @Column(name = "issue_year", nullable = false)
    private int issueYear;

    @Column(nullable = false)
    private LocalDate issueDate;

    @OneToMany(mappedBy = "issue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<GazetteEntry> entries = new ArrayList<>();

    protected GazetteIssue() {}

    public GazetteIssue(int issueNumber, LocalDate issueDate) {
        if (issueNumber < 1) {
            throw new IllegalArgumentException("Gazette issues are numbered from 1");
        }
        this.issueNumber = issueNumber;
        this.issueDate = Objects.requireNonNull(issueDate, "issueDate");
        this.issueYear = issueDate.getYear();
    }

    public GazetteEntry add(LegalDocument document, Integer page) {
        GazetteEntry entry = new GazetteEntry(this, document, entries.size() + 1, page);
        entries.add(entry);
        return entry;
    }

    public int getIssueNumber() {
        return issueNumber;
    }

    public int getIssueYear() {
        return issueYear;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public List<GazetteEntry> getEntries() {
        return Collections.unmodifiableList(entries);
    }
}
