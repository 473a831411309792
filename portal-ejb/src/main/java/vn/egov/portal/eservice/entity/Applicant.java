package vn.egov.portal.eservice.entity;

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
 * The applicant's particulars, every one sealed at rest like the Q&A asker's: the {@link Contact}
 * every feature keeps (name, organisation, e-mail) and what a dossier adds (identity number,
 * address, phone). For an organisation the name is its representative's.
 */
@Embeddable
public class Applicant {

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "applicant_name", length = Contact.SEALED_NAME))
    @AttributeOverride(
            name = "organisation",
            column = @Column(name = "applicant_organisation", length = Contact.SEALED_ORGANISATION))
    @AttributeOverride(name = "email", column = @Column(name = "applicant_email", length = Contact.SEALED_EMAIL))
    private Contact contact;

    @Convert(converter = SealedText.class)
    @Column(name = "applicant_id_number", length = 500)
    private String idNumber;

    @Convert(converter = SealedText.class)
    @Column(name = "applicant_address", length = 2500)
    private String address;

    @Convert(converter = SealedText.class)
    @Column(name = "applicant_phone", length = 500)
    private String phone;

    protected Applicant() {}

    public Applicant(String name, String organisation, String idNumber, String address, String phone, String email) {
        this.contact = new Contact(Objects.requireNonNull(name, "name"), organisation, email);
        this.idNumber = idNumber;
        this.address = address;
        this.phone = phone;
    }

    /** The values that must never reach a public page or response. */
    public List<String> identifyingValues() {
        return Arrays.asList(getName(), getOrganisation(), idNumber, address, phone, getEmail());
    }

    public String getName() {
        return Contact.orNone(contact).getName();
    }

    public String getOrganisation() {
        return Contact.orNone(contact).getOrganisation();
    }

    public String getEmail() {
        return Contact.orNone(contact).getEmail();
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
}
