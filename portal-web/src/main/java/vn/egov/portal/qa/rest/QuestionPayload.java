package vn.egov.portal.qa.rest;

import vn.egov.portal.qa.control.QuestionForm;
import vn.egov.portal.qa.entity.AskerType;

/**
 * A question sent through the API: the asker's particulars of Article 9.2 for their kind, the
 * question, the consent to the current text version, and the solved challenge of
 * {@code GET /api/v1/questions/form}.
 */
public record QuestionPayload(
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
        Boolean consent,
        String consentVersion,
        String challenge,
        String nonce) {

    QuestionForm form(String language) {
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
                Boolean.TRUE.equals(consent),
                consentVersion,
                language);
    }
}
