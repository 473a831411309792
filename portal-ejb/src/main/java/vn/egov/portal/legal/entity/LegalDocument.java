package vn.egov.portal.legal.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.egov.portal.legal.control.NumberSymbol;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * A legal or state-management document (R4.1): its number and symbol, type, issuing body (one of
 * ours or an outside one such as the Government), signer, dates, legal status, excerpt, fields and
 * signed files. Its public address is built from the number and symbol, so it never changes.
 */
@Entity
@Table(
        name = "legal_document",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_legal_number",
                        columnNames = {"numberKey", "docYear"}),
        indexes = {
            @Index(name = "ix_legal_issue_date", columnList = "issueDate"),
            @Index(name = "ix_legal_eli", columnList = "eliPath")
        })
@NamedQuery(
        name = LegalDocument.BY_KEY,
        query = "select d from LegalDocument d where d.number.numberKey = :key order by d.issueDate desc")
@NamedQuery(name = LegalDocument.BY_PATH, query = "select d from LegalDocument d where d.number.eliPath = :path")
@NamedQuery(
        name = LegalDocument.PUBLISHED_FIELDS,
        query = "select distinct f from LegalDocument d join d.fields f where d.publishedAt is not null")
public class LegalDocument extends PersistentEntity {

    public static final String BY_KEY = "LegalDocument.byKey";
    public static final String BY_PATH = "LegalDocument.byPath";
    public static final String PUBLISHED_FIELDS = "LegalDocument.publishedFields";

    @Embedded
    private DocumentNumber number;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private DocumentType type;

    @ManyToOne(fetch = FetchType.LAZY)
    private OrgUnit issuer;

    @Column(length = 300)
    private String externalIssuer;

    /** The unit that must put the document on the portal (Art. 16.2: the advising unit). */
    @ManyToOne(fetch = FetchType.LAZY)
    private OrgUnit providerUnit;

    @Column(length = 200)
    private String signer;

    @Column(length = 200)
    private String signerTitle;

    @Column(nullable = false)
    private LocalDate issueDate;

    private LocalDate effectiveDate;

    private LocalDate expiryDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LegalStatus status = LegalStatus.IN_FORCE;

    @Column(nullable = false, length = 2000)
    private String excerpt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "legal_document_field", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "field_name", length = 200)
    private List<String> fields = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SignedFile> files = new ArrayList<>();

    private Instant publishedAt;

    /** Folded (no diacritics, lower case) text of the searchable attributes. */
    @Column(nullable = false, length = 4000)
    private String searchText;

    protected LegalDocument() {}

    public LegalDocument(NumberSymbol number, DocumentType type, LocalDate issueDate, String excerpt) {
        this.type = Objects.requireNonNull(type, "type");
        this.issueDate = Objects.requireNonNull(issueDate, "issueDate");
        this.excerpt = Objects.requireNonNull(Text.clean(excerpt), "excerpt");
        renumber(number);
    }

    public final void renumber(NumberSymbol number) {
        this.number = new DocumentNumber(number, issueDate.getYear());
        refreshSearchText();
    }

    public void issuedBy(OrgUnit unit, String external, OrgUnit provider) {
        this.issuer = unit;
        this.externalIssuer = Text.clean(external);
        this.providerUnit = provider;
        refreshSearchText();
    }

    public void signedBy(String name, String title) {
        this.signer = Text.clean(name);
        this.signerTitle = Text.clean(title);
        refreshSearchText();
    }

    public void describe(DocumentType newType, String newExcerpt, List<String> newFields) {
        this.type = Objects.requireNonNull(newType, "type");
        this.excerpt = Objects.requireNonNull(Text.clean(newExcerpt), "excerpt");
        this.fields = new ArrayList<>(
                newFields.stream().map(Text::clean).filter(Objects::nonNull).toList());
        refreshSearchText();
    }

    public void dated(LocalDate issued, LocalDate effective, LocalDate expiry) {
        this.issueDate = Objects.requireNonNull(issued, "issued");
        this.effectiveDate = effective;
        this.expiryDate = expiry;
    }

    public void changeStatus(LegalStatus newStatus) {
        if (!LegalStatus.RECORDABLE.contains(newStatus)) {
            throw new IllegalArgumentException("The dates decide this status: " + newStatus);
        }
        this.status = newStatus;
    }

    /**
     * The status a reader sees on a day: the recorded one, except that a document in force or partly
     * in force is not yet in force before its effective date and expired from its expiry date on.
     * {@code LegalQuery} filters by the same rule.
     */
    public LegalStatus statusOn(LocalDate day) {
        if (!LegalStatus.DATED.contains(status)) {
            return status;
        }
        if (effectiveDate != null && day.isBefore(effectiveDate)) {
            return LegalStatus.NOT_YET_IN_FORCE;
        }
        if (expiryDate != null && !day.isBefore(expiryDate)) {
            return LegalStatus.EXPIRED;
        }
        return status;
    }

    public void publish(Instant at) {
        this.publishedAt = Objects.requireNonNull(at, "at");
    }

    public SignedFile attach(StoredFile stored, Instant at) {
        SignedFile file = new SignedFile(this, stored, at);
        files.add(file);
        return file;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public NumberSymbol number() {
        return number.parsed();
    }

    /** The issuing body's name: ours in the reader's language, or the outside body's as written. */
    public String issuerName(Locale locale) {
        return issuer != null ? issuer.getName().in(locale) : externalIssuer;
    }

    private void refreshSearchText() {
        String text = Stream.of(
                        number.text(),
                        excerpt,
                        type == null ? null : type.getName().getVi(),
                        issuer == null ? null : issuer.getName().getVi(),
                        externalIssuer,
                        signer,
                        String.join(" ", fields))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        String folded = Text.fold(text);
        this.searchText = folded.substring(0, Math.min(4000, folded.length()));
    }

    public DocumentNumber getNumber() {
        return number;
    }

    public String getNumberSymbol() {
        return number.text();
    }

    public String getNumberKey() {
        return number.key();
    }

    public int getDocYear() {
        return number.year();
    }

    public String getEliPath() {
        return number.path();
    }

    public DocumentType getType() {
        return type;
    }

    public OrgUnit getIssuer() {
        return issuer;
    }

    public String getExternalIssuer() {
        return externalIssuer;
    }

    public OrgUnit getProviderUnit() {
        return providerUnit;
    }

    public String getSigner() {
        return signer;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public LegalStatus getStatus() {
        return status;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public List<String> getFields() {
        return Collections.unmodifiableList(fields);
    }

    public List<SignedFile> getFiles() {
        return Collections.unmodifiableList(files);
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getSearchText() {
        return searchText;
    }
}
