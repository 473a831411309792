package vn.egov.portal.qa.control;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import java.util.regex.Pattern;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;
import vn.egov.portal.platform.validation.control.Storable;
import vn.egov.portal.privacy.control.IdentityNumbers;
import vn.egov.portal.qa.entity.AskerType;

/**
 * What the asker fills in, from the public form or the API, as typed, with the particulars Article 9.2
 * asks of each kind of asker as its rules: the organisation gives its representative's name and
 * position, its full name and head-office address; the individual name, nationality, occupation, ID
 * or passport number and address; both a phone and an e-mail. The kind's rules are the group
 * {@link #groups()} names. {@code field} is the code of a field (lĩnh vực); whether it exists and
 * whether the consent is to the current text, {@link SubmissionRules} say.
 */
public record QuestionForm(
        @NotNull(message = "{qa.error.required.askerType}") AskerType askerType,
        @Required(groups = Organisation.class, message = "{qa.error.required.representativeName}")
                @MaxLength(value = MAX_NAME, message = "{qa.error.length.representativeName}")
                @Storable
                String representativeName,
        @Required(groups = Organisation.class, message = "{qa.error.required.representativePosition}")
                @MaxLength(value = MAX_NAME, message = "{qa.error.length.representativePosition}")
                @Storable
                String representativePosition,
        @Required(groups = Organisation.class, message = "{qa.error.required.organisationName}")
                @MaxLength(value = MAX_ADDRESS, message = "{qa.error.length.organisationName}")
                @Storable
                String organisationName,
        @Required(groups = Individual.class, message = "{qa.error.required.fullName}")
                @MaxLength(value = MAX_NAME, message = "{qa.error.length.fullName}")
                @Storable
                String fullName,
        @Required(groups = Individual.class, message = "{qa.error.required.nationality}")
                @MaxLength(value = MAX_NAME, message = "{qa.error.length.nationality}")
                @Storable
                String nationality,
        @Required(groups = Individual.class, message = "{qa.error.required.occupation}")
                @MaxLength(value = MAX_NAME, message = "{qa.error.length.occupation}")
                @Storable
                String occupation,
        @Required(groups = Individual.class, message = "{qa.error.required.idNumber}") @Storable String idNumber,
        @Required(
                        groups = {Organisation.class, Individual.class},
                        message = "{qa.error.required.address}")
                @MaxLength(value = MAX_ADDRESS, message = "{qa.error.length.address}")
                @Storable
                String address,
        @Required(
                        groups = {Organisation.class, Individual.class},
                        message = "{qa.error.required.phone}")
                @Storable
                String phone,
        @Required(
                        groups = {Organisation.class, Individual.class},
                        message = "{qa.error.required.email}")
                @Storable
                String email,
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
        String language) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_BODY = 10_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 500;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

    /** The particulars an organisation gives (Article 9.2a). */
    public interface Organisation {}

    /** The particulars an individual gives (Article 9.2b). */
    public interface Individual {}

    /** The rules to check: the question's, and the particulars of the chosen kind of asker once chosen. */
    public Class<?>[] groups() {
        if (askerType == null) {
            return new Class<?>[] {Default.class};
        }
        return new Class<?>[] {Default.class, isOrganisation() ? Organisation.class : Individual.class};
    }

    public boolean isOrganisation() {
        return askerType == AskerType.ORGANISATION;
    }

    /** "en" for English, otherwise the portal's Vietnamese. */
    public String languageOrDefault() {
        return Language.of(language).code();
    }

    @AssertTrue(groups = Individual.class, message = "{qa.error.idNumber}")
    private boolean isIdNumber() {
        return Text.isBlank(idNumber) || IdentityNumbers.isIdentityDocument(idNumber);
    }

    @AssertTrue(
            groups = {Organisation.class, Individual.class},
            message = "{qa.error.phone}")
    private boolean isPhone() {
        return Text.isBlank(phone) || IdentityNumbers.isPhone(phone);
    }

    @AssertTrue(
            groups = {Organisation.class, Individual.class},
            message = "{qa.error.email}")
    private boolean isEmail() {
        String clean = Text.clean(email);
        return clean == null
                || (clean.length() <= MAX_NAME && EMAIL.matcher(clean).matches());
    }
}
