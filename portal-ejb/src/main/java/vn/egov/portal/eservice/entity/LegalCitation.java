package vn.egov.portal.eservice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One document of a procedure's legal basis: its number and symbol as the register writes it
 * ("63/2010/NĐ-CP"), its title, and the register's stable path when the portal publishes that
 * document (null for national documents the register does not hold), so the page can link to it.
 */
@Embeddable
public class LegalCitation {

    @Column(name = "number_symbol", nullable = false, length = 100)
    private String numberSymbol;

    @Column(name = "title", length = 1000)
    private String title;

    @Column(name = "document_path", length = 200)
    private String documentPath;

    protected LegalCitation() {}

    public LegalCitation(String numberSymbol, String title, String documentPath) {
        this.numberSymbol = Objects.requireNonNull(numberSymbol, "numberSymbol");
        this.title = title;
        this.documentPath = documentPath;
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    public String getTitle() {
        return title;
    }

    /** The register's path "2014/1/qd-ubnd", or null when the register does not hold the document. */
    public String getDocumentPath() {
        return documentPath;
    }

    /** "63/2010/NĐ-CP Title", the way the legal basis reads in a sentence. */
    public String text() {
        return title == null || title.isBlank() ? numberSymbol : numberSymbol + " " + title;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LegalCitation that
                && numberSymbol.equals(that.numberSymbol)
                && Objects.equals(title, that.title)
                && Objects.equals(documentPath, that.documentPath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numberSymbol, title, documentPath);
    }
}
