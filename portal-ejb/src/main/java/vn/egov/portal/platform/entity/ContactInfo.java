package vn.egov.portal.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.stream.Stream;

/** Official contact details of a body or a portal (Articles 5.9 and 5.10): public, never personal. */
@Embeddable
public class ContactInfo {

    @Column(name = "contact_address", length = 500)
    private String address;

    @Column(name = "contact_phone", length = 50)
    private String phone;

    @Column(name = "contact_fax", length = 50)
    private String fax;

    @Column(name = "contact_email", length = 200)
    private String email;

    @Column(name = "contact_website", length = 200)
    private String website;

    /** The line citizens call for help or to report a problem (đường dây nóng), shown apart from the switchboard. */
    @Column(name = "contact_hotline", length = 50)
    private String hotline;

    protected ContactInfo() {}

    public ContactInfo(String address, String phone, String fax, String email, String website) {
        this(address, phone, fax, email, website, null);
    }

    public ContactInfo(String address, String phone, String fax, String email, String website, String hotline) {
        this.address = address;
        this.phone = phone;
        this.fax = fax;
        this.email = email;
        this.website = website;
        this.hotline = hotline;
    }

    /** The same contacts with another hotline. */
    public ContactInfo withHotline(String hotline) {
        return new ContactInfo(address, phone, fax, email, website, hotline);
    }

    /** Nothing a reader could use to reach the body. */
    public boolean isBlank() {
        return Stream.of(address, phone, fax, email, website, hotline).allMatch(part -> part == null || part.isBlank());
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getFax() {
        return fax;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }

    public String getHotline() {
        return hotline;
    }
}
