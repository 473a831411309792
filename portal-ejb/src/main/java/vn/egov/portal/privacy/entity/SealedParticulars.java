package vn.egov.portal.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A person's particulars of Article 9.2 as kept, every one of them sealed at rest (R11): the Q&A
 * asker's and the applicant's for a public service. For an organisation {@code name} and
 * {@code position} are its representative's, {@code address} its head office; for an individual
 * {@code address} is where they live, study or work. The columns here are placeholders: each owner
 * names its own with {@code @AttributeOverride} (asker_..., applicant_...), so one embeddable serves
 * tables made by different releases. Name, organisation and e-mail are those of the {@link Contact}
 * every feature keeps ({@link #contact()}).
 */
@Embeddable
public class SealedParticulars {

    @Convert(converter = SealedText.class)
    @Column(name = "name", length = Contact.SEALED_NAME)
    private String name;

    @Convert(converter = SealedText.class)
    @Column(name = "organisation", length = Contact.SEALED_ORGANISATION)
    private String organisation;

    @Convert(converter = SealedText.class)
    @Column(name = "email", length = Contact.SEALED_EMAIL)
    private String email;

    @Convert(converter = SealedText.class)
    @Column(name = "position", length = 1000)
    private String position;

    @Convert(converter = SealedText.class)
    @Column(name = "nationality", length = 500)
    private String nationality;

    @Convert(converter = SealedText.class)
    @Column(name = "occupation", length = 1000)
    private String occupation;

    @Convert(converter = SealedText.class)
    @Column(name = "id_number", length = 500)
    private String idNumber;

    @Convert(converter = SealedText.class)
    @Column(name = "address", length = 2500)
    private String address;

    @Convert(converter = SealedText.class)
    @Column(name = "phone", length = 500)
    private String phone;

    protected SealedParticulars() {}

    public static SealedParticulars organisation(
            String representative, String position, String organisation, String address, String phone, String email) {
        SealedParticulars p = of(Objects.requireNonNull(representative, "representative"), address, phone, email);
        p.position = position;
        p.organisation = organisation;
        return p;
    }

    public static SealedParticulars individual(
            String name,
            String nationality,
            String occupation,
            String idNumber,
            String address,
            String phone,
            String email) {
        SealedParticulars p = of(Objects.requireNonNull(name, "name"), address, phone, email);
        p.nationality = nationality;
        p.occupation = occupation;
        p.idNumber = idNumber;
        return p;
    }

    private static SealedParticulars of(String name, String address, String phone, String email) {
        SealedParticulars p = new SealedParticulars();
        p.name = name;
        p.address = address;
        p.phone = phone;
        p.email = email;
        return p;
    }

    /** No particulars: the record shown of a question or dossier whose particulars were erased. */
    public static SealedParticulars none() {
        return new SealedParticulars();
    }

    /** The values that must never reach a public page, for the detectors to look for. */
    public List<String> identifyingValues() {
        return Arrays.asList(name, organisation, idNumber, address, phone, email);
    }

    /** Wipes every particular (Article 19.2); the owner's record stays, and says when and why. */
    public void erase() {
        name = null;
        organisation = null;
        email = null;
        position = null;
        nationality = null;
        occupation = null;
        idNumber = null;
        address = null;
        phone = null;
    }

    public boolean isErased() {
        return name == null && email == null;
    }

    /** Name, organisation and e-mail as every feature keeps them. */
    public Contact contact() {
        return isErased() ? Contact.orNone(null) : new Contact(name, organisation, email);
    }

    public String getName() {
        return name;
    }

    public String getPosition() {
        return position;
    }

    public String getOrganisation() {
        return organisation;
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
        return email;
    }
}
