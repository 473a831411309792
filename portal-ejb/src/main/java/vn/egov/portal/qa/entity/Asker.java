package vn.egov.portal.qa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.egov.portal.privacy.entity.SealedText;

/**
 * The asker's particulars of Article 9.2, every one of them sealed at rest (R11). For an
 * organisation {@code name} and {@code position} are its representative's, {@code address} its head
 * office; for an individual {@code address} is where they live, study or work.
 */
@Embeddable
public class Asker {

    @Convert(converter = SealedText.class)
    @Column(name = "asker_name", length = 1000)
    private String name;

    @Convert(converter = SealedText.class)
    @Column(name = "asker_position", length = 1000)
    private String position;

    @Convert(converter = SealedText.class)
    @Column(name = "asker_organisation", length = 1500)
    private String organisation;

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

    @Convert(converter = SealedText.class)
    @Column(name = "asker_email", length = 1000)
    private String email;

    protected Asker() {}

    public static Asker organisation(
            String representative, String position, String organisation, String address, String phone, String email) {
        Asker asker = new Asker();
        asker.name = Objects.requireNonNull(representative, "representative");
        asker.position = position;
        asker.organisation = organisation;
        asker.address = address;
        asker.phone = phone;
        asker.email = email;
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
        asker.name = Objects.requireNonNull(name, "name");
        asker.nationality = nationality;
        asker.occupation = occupation;
        asker.idNumber = idNumber;
        asker.address = address;
        asker.phone = phone;
        asker.email = email;
        return asker;
    }

    /** The values that must never reach a public page, for the detectors to look for. */
    public List<String> identifyingValues() {
        return Arrays.asList(name, organisation, idNumber, address, phone, email);
    }

    /** Wipes every particular (Article 19.2); the record of the question stays. */
    void erase() {
        name = null;
        position = null;
        organisation = null;
        nationality = null;
        occupation = null;
        idNumber = null;
        address = null;
        phone = null;
        email = null;
    }

    public boolean isErased() {
        return name == null && email == null;
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
