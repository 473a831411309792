package vn.egov.portal.qa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A legal document an answer relies on, written out as Article 9.4 asks: number and symbol, excerpt
 * (trích yếu), date and issuing body. {@code documentId} links the legal-documents register when the
 * citation was picked from it.
 */
@Embeddable
public class Citation {

    @Column(name = "number_symbol", nullable = false, length = 100)
    private String numberSymbol;

    @Column(name = "excerpt", nullable = false, length = 1000)
    private String excerpt;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issuing_body", nullable = false, length = 300)
    private String issuingBody;

    @Column(name = "document_id")
    private Long documentId;

    protected Citation() {}

    public Citation(String numberSymbol, String excerpt, LocalDate issuedOn, String issuingBody, Long documentId) {
        this.numberSymbol = Objects.requireNonNull(numberSymbol, "numberSymbol");
        this.excerpt = Objects.requireNonNull(excerpt, "excerpt");
        this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
        this.issuingBody = Objects.requireNonNull(issuingBody, "issuingBody");
        this.documentId = documentId;
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public Long getDocumentId() {
        return documentId;
    }
}
