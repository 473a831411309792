package vn.egov.portal.qa.web;

import vn.egov.portal.qa.control.QuestionForm;
import vn.egov.portal.qa.entity.AskerType;

/** The fields of the question form as typed, kept as they are until the boundary has checked them. */
public class AskForm {

    private AskerType askerType;
    private String representativeName;
    private String representativePosition;
    private String organisationName;
    private String fullName;
    private String nationality;
    private String occupation;
    private String idNumber;
    private String address;
    private String phone;
    private String email;
    private String title;
    private String body;
    private String field;
    private boolean consent;

    QuestionForm toForm(String consentVersion, String language) {
        return new QuestionForm(
                askerType,
                representativeName,
                representativePosition,
                organisationName,
                fullName,
                nationality,
                occupation,
                idNumber,
                address,
                phone,
                email,
                title,
                body,
                field,
                consent,
                consent ? consentVersion : null,
                language);
    }

    /** The address's word for the kind of asker: "to-chuc" or "ca-nhan"; anything else chooses nothing. */
    public String getKind() {
        if (askerType == null) {
            return null;
        }
        return askerType == AskerType.ORGANISATION ? AskPage.ORGANISATION : AskPage.INDIVIDUAL;
    }

    public void setKind(String kind) {
        if (AskPage.ORGANISATION.equals(kind)) {
            askerType = AskerType.ORGANISATION;
        } else if (AskPage.INDIVIDUAL.equals(kind)) {
            askerType = AskerType.INDIVIDUAL;
        } else {
            askerType = null;
        }
    }

    public AskerType getAskerType() {
        return askerType;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public void setRepresentativeName(String representativeName) {
        this.representativeName = representativeName;
    }

    public String getRepresentativePosition() {
        return representativePosition;
    }

    public void setRepresentativePosition(String representativePosition) {
        this.representativePosition = representativePosition;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
