package vn.egov.portal.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import vn.egov.portal.legal.control.NumberSymbol;

/**
 * A document's number and symbol as the register keeps it: as written, the key two spellings share,
 * the year it is filed under and its public address. One value, built once from the parsed number
 * and the year of issue, so the four columns never disagree. The columns keep the names they had as
 * fields of {@link LegalDocument}.
 */
@Embeddable
public class DocumentNumber {

    @Column(nullable = false, length = 60)
    private String numberSymbol;

    @Column(nullable = false, length = 60)
    private String numberKey;

    @Column(nullable = false)
    private int docYear;

    @Column(nullable = false, unique = true, length = 120)
    private String eliPath;

    protected DocumentNumber() {}

    /** A number without a year ("123/UBND-VX") is filed under the year of issue. */
    public DocumentNumber(NumberSymbol number, int issueYear) {
        Objects.requireNonNull(number, "number");
        this.numberSymbol = number.text();
        this.numberKey = number.key();
        this.docYear = number.year() == null ? issueYear : number.year();
        this.eliPath = number.path(issueYear);
    }

    public NumberSymbol parsed() {
        return NumberSymbol.parse(numberSymbol);
    }

    /** As written on the document: "01/2014/QĐ-UBND". */
    public String text() {
        return numberSymbol;
    }

    /** What two spellings of the same number share: "1/2014/QD-UBND". */
    public String key() {
        return numberKey;
    }

    public int year() {
        return docYear;
    }

    /** The public path in the style of ELI: "2014/1/qd-ubnd". */
    public String path() {
        return eliPath;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentNumber that && eliPath.equals(that.eliPath) && numberKey.equals(that.numberKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numberKey, eliPath);
    }
}
