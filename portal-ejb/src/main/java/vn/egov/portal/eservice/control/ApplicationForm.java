package vn.egov.portal.eservice.control;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import java.util.regex.Pattern;
import vn.egov.portal.eservice.entity.ApplicantType;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;
import vn.egov.portal.platform.validation.control.Storable;
import vn.egov.portal.privacy.control.IdentityNumbers;

/**
 * What the applicant fills in, from the public form or the API, as typed: the procedure's code, the
 * particulars (a person's name and identity number; an organisation's name and its representative),
 * the address, phone and e-mail the agency answers to, the declaration that the dossier is true and
 * the consent to the processing of the data. The dossier's files come beside it.
 */
public record ApplicationForm(
        @Required(message = "{eservice.error.required.procedure}") String procedure,
        @NotNull(message = "{eservice.error.required.applicantType}") ApplicantType applicantType,
        @Required(message = "{eservice.error.required.fullName}")
                @MaxLength(value = MAX_NAME, message = "{eservice.error.length.fullName}")
                @Storable
                String fullName,
        @Required(groups = Organisation.class, message = "{eservice.error.required.organisationName}")
                @MaxLength(value = MAX_ADDRESS, message = "{eservice.error.length.organisationName}")
                @Storable
                String organisationName,
        @Required(groups = Individual.class, message = "{eservice.error.required.idNumber}") @Storable String idNumber,
        @Required(message = "{eservice.error.required.address}")
                @MaxLength(value = MAX_ADDRESS, message = "{eservice.error.length.address}")
                @Storable
                String address,
        @Required(message = "{eservice.error.required.phone}") @Storable String phone,
        @Required(message = "{eservice.error.required.email}") @Storable String email,
        @AssertTrue(message = "{eservice.error.required.declaration}") boolean declaration,
        @AssertTrue(message = "{eservice.error.required.consent}") boolean consent,
        String consentVersion,
        String language) {

    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 500;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

    /** The particulars an organisation gives besides its representative's name. */
    public interface Organisation {}

    /** The particulars a person gives besides their name. */
    public interface Individual {}

    /** The rules to check: the common ones, and the chosen kind of applicant's once chosen. */
    public Class<?>[] groups() {
        if (applicantType == null) {
            return new Class<?>[] {Default.class};
        }
        return new Class<?>[] {
            Default.class, applicantType == ApplicantType.ORGANISATION ? Organisation.class : Individual.class
        };
    }

    /** "en" for English, otherwise the portal's Vietnamese. */
    public String languageOrDefault() {
        return Language.of(language).code();
    }

    @AssertTrue(groups = Individual.class, message = "{eservice.error.idNumber}")
    private boolean isIdNumber() {
        return Text.isBlank(idNumber) || IdentityNumbers.isIdentityDocument(idNumber);
    }

    @AssertTrue(message = "{eservice.error.phone}")
    private boolean isPhone() {
        return Text.isBlank(phone) || IdentityNumbers.isPhone(phone);
    }

    @AssertTrue(message = "{eservice.error.email}")
    private boolean isEmail() {
        String clean = Text.clean(email);
        return clean == null
                || (clean.length() <= MAX_NAME && EMAIL.matcher(clean).matches());
    }
}
