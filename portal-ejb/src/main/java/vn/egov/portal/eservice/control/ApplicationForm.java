package vn.egov.portal.eservice.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.validation.control.Required;
import vn.egov.portal.privacy.control.Particulars;

/**
 * What the applicant fills in, from the public form or the API, as typed: the procedure's code, the
 * applicant's {@link Particulars} (Article 9.2, exactly as a Q&A asker gives them), the declaration
 * that the dossier is true and the consent to the processing of the data. The dossier's files come
 * beside it.
 */
public record ApplicationForm(
        @Required(message = "{eservice.error.required.procedure}") String procedure,
        @NotNull(message = "{particulars.error.required.kind}") @Valid Particulars particulars,
        @AssertTrue(message = "{eservice.error.required.declaration}") boolean declaration,
        @AssertTrue(message = "{eservice.error.required.consent}") boolean consent,
        String consentVersion,
        String language) {

    /** The rules to check: the common ones, and the particulars of the chosen kind of applicant once chosen. */
    public Class<?>[] groups() {
        Class<?> kind = particulars == null ? null : particulars.group();
        return kind == null ? new Class<?>[] {Default.class} : new Class<?>[] {Default.class, kind};
    }

    /** The e-mail the applicant gave, for the guard's per-address limit and the mails. */
    public String email() {
        return particulars == null ? null : particulars.getEmail();
    }

    /** "en" for English, otherwise the portal's Vietnamese. */
    public String languageOrDefault() {
        return Language.of(language).code();
    }
}
