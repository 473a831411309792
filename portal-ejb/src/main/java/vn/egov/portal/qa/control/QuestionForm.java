package vn.egov.portal.qa.control;

import vn.egov.portal.qa.entity.AskerType;

/**
 * What the asker fills in, from the public form or the API, as typed. The organisation's fields
 * are its representative's name and position, its full name and head-office address; the
 * individual's are name, nationality, occupation, ID or passport number and address. Both give a
 * phone and an e-mail (Article 9.2). {@code field} is the code of a field (lĩnh vực).
 */
public record QuestionForm(
        AskerType askerType,
        String representativeName,
        String representativePosition,
        String organisationName,
        String fullName,
        String nationality,
        String occupation,
        String idNumber,
        String address,
        String phone,
        String email,
        String title,
        String body,
        String field,
        boolean consent,
        String consentVersion,
        String language) {

    public boolean isOrganisation() {
        return askerType == AskerType.ORGANISATION;
    }

    /** "en" for English, otherwise the portal's Vietnamese. */
    public String languageOrDefault() {
        return "en".equalsIgnoreCase(language) ? "en" : "vi";
    }
}
