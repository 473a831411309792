package vn.egov.portal.legal.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import vn.egov.portal.legal.control.NumberSymbol;
import vn.egov.portal.legal.entity.LegalStatus;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;

/**
 * What an official types to register or correct a document, with the register's input rules. The
 * rules on two fields at once are named after the field the form shows the message at.
 */
public record DocumentDraft(
        String numberSymbol,
        String typeCode,
        String issuerUnitCode,
        @MaxLength(300) String externalIssuer,
        String providerUnitCode,
        @MaxLength(200) String signer,
        @MaxLength(200) String signerTitle,
        @NotNull(message = "{error.legal.issueDate}") LocalDate issueDate,
        LocalDate effectiveDate,
        LocalDate expiryDate,
        LegalStatus status,
        @Required(message = "{error.legal.excerpt}") @MaxLength(2000) String excerpt,
        List<@MaxLength(200) String> fields) {

    /** The number and symbol as read; valid once the draft keeps its rules. */
    public NumberSymbol number() {
        return NumberSymbol.parse(numberSymbol);
    }

    @AssertTrue(message = "{error.legal.numberSymbol}")
    private boolean isNumberSymbol() {
        return NumberSymbol.tryParse(numberSymbol).isPresent();
    }

    @AssertTrue(message = "{error.legal.type}")
    private boolean isType() {
        return !Text.isBlank(typeCode);
    }

    /** Issued by one of ours or by an outside body whose name is written out. */
    @AssertTrue(message = "{error.legal.issuer}")
    private boolean isIssuer() {
        return !Text.isBlank(issuerUnitCode) || !Text.isBlank(externalIssuer);
    }

    @AssertTrue(message = "{error.legal.effectiveBeforeIssue}")
    private boolean isEffectiveDate() {
        return issueDate == null || effectiveDate == null || !effectiveDate.isBefore(issueDate);
    }

    @AssertTrue(message = "{error.legal.expiryBeforeEffective}")
    private boolean isExpiryDate() {
        return effectiveDate == null || expiryDate == null || !expiryDate.isBefore(effectiveDate);
    }

    /** "Not yet in force" and "expired" follow from the dates; only the other statuses are recorded. */
    @AssertTrue(message = "{error.legal.status.recorded}")
    private boolean isStatus() {
        return status == null || LegalStatus.RECORDABLE.contains(status);
    }
}
