package vn.egov.portal.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * Whom to reach, sealed at rest (R11): a person's name, the organisation they speak for and their
 * e-mail. Every feature that takes particulars from the public (the Q&A asker, the consultation
 * commenter) keeps them in this one type; each owner names the columns with
 * {@code @AttributeOverride}, the sealing stays here. A value: it is replaced, never changed.
 */
@Embeddable
public class Contact {

    /** Room for a sealed name (200 characters in clear, sealed and Base64-encoded). */
    public static final int SEALED_NAME = 1000;

    public static final int SEALED_ORGANISATION = 1500;

    public static final int SEALED_EMAIL = 1000;

    private static final Contact NONE = new Contact();

    @Convert(converter = SealedText.class)
    @Column(name = "name", length = SEALED_NAME)
    private String name;

    @Convert(converter = SealedText.class)
    @Column(name = "organisation", length = SEALED_ORGANISATION)
    private String organisation;

    @Convert(converter = SealedText.class)
    @Column(name = "email", length = SEALED_EMAIL)
    private String email;

    protected Contact() {}

    public Contact(String name, String organisation, String email) {
        this.name = name;
        this.organisation = organisation;
        this.email = email;
    }

    /**
     * The contact, or an empty one where the owner holds none: JPA reads an embedded value whose
     * columns are all null (nothing given, or erased) as null.
     */
    public static Contact orNone(Contact contact) {
        return contact == null ? NONE : contact;
    }

    public boolean isEmpty() {
        return name == null && organisation == null && email == null;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }
}
