package vn.egov.portal.qa.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;
import vn.egov.portal.platform.validation.control.Storable;
import vn.egov.portal.privacy.control.Particulars;

/**
 * What the asker fills in, from the public form or the API, as typed: their {@link Particulars}
 * (Article 9.2), the question, and the consent. {@code field} is the code of a field (lĩnh vực);
 * whether it exists and whether the consent is to the current text, {@link SubmissionRules} say.
 */
public record QuestionForm(
        @NotNull(message = "{particulars.error.required.kind}") @Valid Particulars particulars,
        @Required(message = "{qa.error.required.title}")
                @MaxLength(value = MAX_TITLE, message = "{qa.error.length.title}")
                @Storable
                String title,
        @Required(message = "{qa.error.required.body}")
                @MaxLength(value = MAX_BODY, message = "{qa.error.length.body}")
                @Storable
                String body,
        @Required(message = "{qa.error.required.field}") String field,
        @AssertTrue(message = "{qa.error.required.consent}") boolean consent,
        String consentVersion,
        Language language) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_BODY = 10_000;

    /** The rules to check: the question's, and the particulars of the chosen kind of asker once chosen. */
    public Class<?>[] groups() {
        Class<?> kind = particulars == null ? null : particulars.group();
        return kind == null ? new Class<?>[] {Default.class} : new Class<?>[] {Default.class, kind};
    }

    /** The e-mail the asker gave, for the guard's per-address limit and the notices. */
    public String email() {
        return particulars == null ? null : particulars.getEmail();
    }

    /** The language the question was asked in, Vietnamese unless told otherwise. */
    public Language languageOrDefault() {
        return language == null ? Language.VIETNAMESE : language;
    }
}
