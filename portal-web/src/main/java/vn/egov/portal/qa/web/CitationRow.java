package vn.egov.portal.qa.web;

import java.io.Serializable;
import java.time.LocalDate;
import vn.egov.portal.qa.boundary.CitationDraft;

/** One citation of the answer editor: number and symbol, excerpt, date and issuing body (Article 9.4). */
public class CitationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long documentId;
    private String numberSymbol;
    private String excerpt;
    private LocalDate issuedOn;
    private String issuingBody;

    /** Takes the register's record: number and symbol, excerpt, date, issuing body and its id. */
    void fill(CitationDraft found) {
        documentId = found.documentId();
        numberSymbol = found.numberSymbol();
        excerpt = found.excerpt();
        issuedOn = found.issuedOn();
        issuingBody = found.issuingBody();
    }

    public boolean isLinked() {
        return documentId != null;
    }

    CitationDraft toDraft() {
        return new CitationDraft(documentId, numberSymbol, excerpt, issuedOn, issuingBody);
    }

    public Long getDocumentId() {
        return documentId;
    }

    public void setDocumentId(Long documentId) {
        this.documentId = documentId;
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    public void setNumberSymbol(String numberSymbol) {
        this.numberSymbol = numberSymbol;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public void setExcerpt(String excerpt) {
        this.excerpt = excerpt;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }
}
