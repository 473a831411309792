package vn.egov.portal.qa.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.egov.portal.privacy.entity.Contact;
import vn.egov.portal.privacy.entity.SealedText;

/**
 * The asker's particulars of Article 9.2, every one of them sealed at rest (R11). For an
 * organisation {@code name} and {@code position} are its representative's, {@code address} its head
 * office; for an individual {@code address} is where they live, study or work. Name, organisation
 * and e-mail are the {@link Contact} every feature keeps; the rest is what Article 9.2 adds.
 */
@Embeddable
public class Asker {

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "asker_name", length = Contact.SEALED_NAME))
    @AttributeOverride(
            name = "organisation",
            column = @Column(name = "asker_organisation", length = Contact.SEALED_ORGANISATION))
    @AttributeOverride(name = "email", column = @Column(name = "asker_email", length = Contact.SEALED_EMAIL))
    private Contact contact;

    @Convert(converter = SealedText.class)
    @Column(name = "asker_position", length = 1000)
    private String position;

    @Convert(converter = SealedText.class)
    @Column(name = "asker_nationality", length = 500)
    private String nationality;

    @Convert(converter = SealedText.class)
    @Column(name = "asker_occupation", length = 1000)
    private String occupation;

    @Convert(converter = SealedText.class)
    @Column(name = "asker_id_number", length = 500)
    private String idNumber;

    @Convert(converter = SealedText.class)
    @Column(name = "asker_address", length = 2500)
    private String address;

    @Convert(converter = SealedText.class)
    @Column(name = "asker_phone", length = 500)
    private String phone;

    protected Asker() {}

    public static Asker organisation(
            String representative, String position, String organisation, String address, String phone, String email) {
        Asker asker = new Asker();
        asker.contact = new Contact(Objects.requireNonNull(representative, "representative"), organisation, email);
        asker.position = position;
        asker.address = address;
        asker.phone = phone;
        return asker;
    }

    public static Asker individual(
            String name,
            String nationality,
            String occupation,
            String idNumber,
            String address,
            String phone,
            String email) {
        Asker asker = new Asker();
        asker.contact = new Contact(Objects.requireNonNull(name, "name"), null, email);
        asker.nationality = nationality;
        asker.occupation = occupation;
        asker.idNumber = idNumber;
        asker.address = address;
        asker.phone = phone;
        return asker;
    }

    /** An asker with no particulars: the record shown of a question whose asker was erased. */
    public static Asker none() {
        return new Asker();
    }

    /** The values that must never reach a public page, for the detectors to look for. */
    public List<String> identifyingValues() {
        return Arrays.asList(getName(), getOrganisation(), idNumber, address, phone, getEmail());
    }

    /** Wipes every particular (Article 19.2); the record of the question stays. */
    void erase() {
        contact = null;
        position = null;
        nationality = null;
        occupation = null;
        idNumber = null;
        address = null;
        phone = null;
    }

    public boolean isErased() {
        return getName() == null && getEmail() == null;
    }

    public String getName() {
        return Contact.orNone(contact).getName();
    }

    public String getPosition() {
        return position;
    }

    public String getOrganisation() {
        return Contact.orNone(contact).getOrganisation();
    }

    public String getNationality() {
        return nationality;
    }

    public String getOccupation() {
        return occupation;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return Contact.orNone(contact).getEmail();
    }
}
