package vn.egov.portal.qa.control;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;
import vn.egov.portal.platform.validation.control.Storable;
import vn.egov.portal.privacy.control.IdentityNumbers;
import vn.egov.portal.qa.entity.Asker;
import vn.egov.portal.qa.entity.AskerType;

/**
 * The asker's particulars of Article 9.2 as typed, in the public form and in the API body alike,
 * with their rules: an organisation gives its representative's name and position, its full name and
 * head-office address; an individual their name, nationality, occupation, ID or passport number and
 * address; both a phone and an e-mail. The names are those of the sealed {@link Asker} they become
 * ({@link #toAsker()}), so the form, the API, the entity and the official's record view spell them
 * alike. A bean rather than a record because the Faces form fills it field by field; the kind's rules
 * are the group {@link #group()} names.
 */
public class Particulars {

    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 500;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

    /** The particulars an organisation gives (Article 9.2a). */
    public interface Organisation {}

    /** The particulars an individual gives (Article 9.2b). */
    public interface Individual {}

    @NotNull(message = "{qa.error.required.askerType}")
    private AskerType askerType;

    @Required(groups = Organisation.class, message = "{qa.error.required.representativeName}")
    @Required(groups = Individual.class, message = "{qa.error.required.fullName}")
    @MaxLength(value = MAX_NAME, message = "{qa.error.length.fullName}")
    @Storable
    private String name;

    @Required(groups = Organisation.class, message = "{qa.error.required.representativePosition}")
    @MaxLength(value = MAX_NAME, message = "{qa.error.length.representativePosition}")
    @Storable
    private String position;

    @Required(groups = Organisation.class, message = "{qa.error.required.organisationName}")
    @MaxLength(value = MAX_ADDRESS, message = "{qa.error.length.organisationName}")
    @Storable
    private String organisation;

    @Required(groups = Individual.class, message = "{qa.error.required.nationality}")
    @MaxLength(value = MAX_NAME, message = "{qa.error.length.nationality}")
    @Storable
    private String nationality;

    @Required(groups = Individual.class, message = "{qa.error.required.occupation}")
    @MaxLength(value = MAX_NAME, message = "{qa.error.length.occupation}")
    @Storable
    private String occupation;

    @Required(groups = Individual.class, message = "{qa.error.required.idNumber}")
    @Storable
    private String idNumber;

    @Required(
            groups = {Organisation.class, Individual.class},
            message = "{qa.error.required.address}")
    @MaxLength(value = MAX_ADDRESS, message = "{qa.error.length.address}")
    @Storable
    private String address;

    @Required(
            groups = {Organisation.class, Individual.class},
            message = "{qa.error.required.phone}")
    @Storable
    private String phone;

    @Required(
            groups = {Organisation.class, Individual.class},
            message = "{qa.error.required.email}")
    @Storable
    private String email;

    public Particulars() {}

    /** An organisation's particulars, as its representative types them. */
    public static Particulars organisation(
            String name, String position, String organisation, String address, String phone, String email) {
        Particulars p = of(AskerType.ORGANISATION, name, address, phone, email);
        p.position = position;
        p.organisation = organisation;
        return p;
    }

    /** An individual's particulars, as typed. */
    public static Particulars individual(
            String name,
            String nationality,
            String occupation,
            String idNumber,
            String address,
            String phone,
            String email) {
        Particulars p = of(AskerType.INDIVIDUAL, name, address, phone, email);
        p.nationality = nationality;
        p.occupation = occupation;
        p.idNumber = idNumber;
        return p;
    }

    private static Particulars of(AskerType type, String name, String address, String phone, String email) {
        Particulars p = new Particulars();
        p.askerType = type;
        p.name = name;
        p.address = address;
        p.phone = phone;
        p.email = email;
        return p;
    }

    /** The group of rules of the chosen kind of asker, or none while no kind is chosen. */
    public Class<?> group() {
        if (askerType == null) {
            return null;
        }
        return forOrganisation() ? Organisation.class : Individual.class;
    }

    /** Not a bean property: Faces would read {@code organisation} through it instead of the name. */
    private boolean forOrganisation() {
        return askerType == AskerType.ORGANISATION;
    }

    /**
     * The particulars as kept, sealed, cleaned of stray white space, the ID number in capitals; only
     * the kind's own particulars are kept, whatever else was typed.
     */
    public Asker toAsker() {
        if (forOrganisation()) {
            return Asker.organisation(
                    Text.clean(name),
                    Text.clean(position),
                    Text.clean(organisation),
                    Text.clean(address),
                    Text.clean(phone),
                    Text.clean(email));
        }
        String id = Text.clean(idNumber);
        return Asker.individual(
                Text.clean(name),
                Text.clean(nationality),
                Text.clean(occupation),
                id == null ? null : id.toUpperCase(Locale.ROOT),
                Text.clean(address),
                Text.clean(phone),
                Text.clean(email));
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

    public AskerType getAskerType() {
        return askerType;
    }

    public void setAskerType(AskerType askerType) {
        this.askerType = askerType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
