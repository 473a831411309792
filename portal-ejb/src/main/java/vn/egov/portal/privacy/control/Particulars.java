package vn.egov.portal.privacy.control;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;
import vn.egov.portal.platform.validation.control.Storable;
import vn.egov.portal.privacy.entity.PersonKind;
import vn.egov.portal.privacy.entity.SealedParticulars;

/**
 * A person's particulars of Article 9.2 as typed, in the public forms (a question, an application
 * for a public service) and in the API bodies alike, with their rules: an organisation gives its
 * representative's name and position, its full name and head-office address; an individual their
 * name, nationality, occupation, ID or passport number and address; both a phone and an e-mail. The
 * names are those of the {@link SealedParticulars} they become ({@link #seal()}), so the forms, the
 * API, the entities and the officials' record views spell them alike. A bean rather than a record
 * because the Faces forms fill it field by field; the kind's rules are the group {@link #group()}
 * names. The owning form nests it as {@code particulars}, so errors are {@code particulars.name}.
 */
public class Particulars {

    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 500;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

    /** The particulars an organisation gives (Article 9.2a). */
    public interface Organisation {}

    /** The particulars an individual gives (Article 9.2b). */
    public interface Individual {}

    @NotNull(message = "{particulars.error.required.kind}")
    private PersonKind kind;

    @Required(groups = Organisation.class, message = "{particulars.error.required.representativeName}")
    @Required(groups = Individual.class, message = "{particulars.error.required.fullName}")
    @MaxLength(value = MAX_NAME, message = "{particulars.error.length.fullName}")
    @Storable
    private String name;

    @Required(groups = Organisation.class, message = "{particulars.error.required.representativePosition}")
    @MaxLength(value = MAX_NAME, message = "{particulars.error.length.representativePosition}")
    @Storable
    private String position;

    @Required(groups = Organisation.class, message = "{particulars.error.required.organisationName}")
    @MaxLength(value = MAX_ADDRESS, message = "{particulars.error.length.organisationName}")
    @Storable
    private String organisation;

    @Required(groups = Individual.class, message = "{particulars.error.required.nationality}")
    @MaxLength(value = MAX_NAME, message = "{particulars.error.length.nationality}")
    @Storable
    private String nationality;

    @Required(groups = Individual.class, message = "{particulars.error.required.occupation}")
    @MaxLength(value = MAX_NAME, message = "{particulars.error.length.occupation}")
    @Storable
    private String occupation;

    @Required(groups = Individual.class, message = "{particulars.error.required.idNumber}")
    @Storable
    private String idNumber;

    @Required(
            groups = {Organisation.class, Individual.class},
            message = "{particulars.error.required.address}")
    @MaxLength(value = MAX_ADDRESS, message = "{particulars.error.length.address}")
    @Storable
    private String address;

    @Required(
            groups = {Organisation.class, Individual.class},
            message = "{particulars.error.required.phone}")
    @Storable
    private String phone;

    @Required(
            groups = {Organisation.class, Individual.class},
            message = "{particulars.error.required.email}")
    @Storable
    private String email;

    public Particulars() {}

    /** An organisation's particulars, as its representative types them. */
    public static Particulars organisation(
            String name, String position, String organisation, String address, String phone, String email) {
        Particulars p = of(PersonKind.ORGANISATION, name, address, phone, email);
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
        Particulars p = of(PersonKind.INDIVIDUAL, name, address, phone, email);
        p.nationality = nationality;
        p.occupation = occupation;
        p.idNumber = idNumber;
        return p;
    }

    private static Particulars of(PersonKind kind, String name, String address, String phone, String email) {
        Particulars p = new Particulars();
        p.kind = kind;
        p.name = name;
        p.address = address;
        p.phone = phone;
        p.email = email;
        return p;
    }

    /** The group of rules of the chosen kind of person, or none while no kind is chosen. */
    public Class<?> group() {
        if (kind == null) {
            return null;
        }
        return forOrganisation() ? Organisation.class : Individual.class;
    }

    /** Not a bean property: Faces would read {@code organisation} through it instead of the name. */
    private boolean forOrganisation() {
        return kind == PersonKind.ORGANISATION;
    }

    /**
     * The particulars as kept, sealed, cleaned of stray white space, the ID number in capitals; only
     * the kind's own particulars are kept, whatever else was typed.
     */
    public SealedParticulars seal() {
        if (forOrganisation()) {
            return SealedParticulars.organisation(
                    Text.clean(name),
                    Text.clean(position),
                    Text.clean(organisation),
                    Text.clean(address),
                    Text.clean(phone),
                    Text.clean(email));
        }
        String id = Text.clean(idNumber);
        return SealedParticulars.individual(
                Text.clean(name),
                Text.clean(nationality),
                Text.clean(occupation),
                id == null ? null : id.toUpperCase(Locale.ROOT),
                Text.clean(address),
                Text.clean(phone),
                Text.clean(email));
    }

    @AssertTrue(groups = Individual.class, message = "{particulars.error.idNumber}")
    private boolean isIdNumber() {
        return Text.isBlank(idNumber) || IdentityNumbers.isIdentityDocument(idNumber);
    }

    @AssertTrue(
            groups = {Organisation.class, Individual.class},
            message = "{particulars.error.phone}")
    private boolean isPhone() {
        return Text.isBlank(phone) || IdentityNumbers.isPhone(phone);
    }

    @AssertTrue(
            groups = {Organisation.class, Individual.class},
            message = "{particulars.error.email}")
    private boolean isEmail() {
        String clean = Text.clean(email);
        return clean == null
                || (clean.length() <= MAX_NAME && EMAIL.matcher(clean).matches());
    }

    public PersonKind getKind() {
        return kind;
    }

    public void setKind(PersonKind kind) {
        this.kind = kind;
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
