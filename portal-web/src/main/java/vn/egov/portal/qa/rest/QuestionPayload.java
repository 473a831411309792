package vn.egov.portal.qa.rest;

import java.util.List;
import vn.egov.portal.media.rest.Base64Content;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.privacy.control.Particulars;
import vn.egov.portal.qa.boundary.Upload;
import vn.egov.portal.qa.control.QuestionForm;

/**
 * A question sent through the API: the asker's {@link Particulars} of Article 9.2 (as the form and
 * the official's record view spell them, kind included), the
 * question, the consent to the current text version, and the solved challenge of
 * {@code GET /api/v1/questions/form}.
 */
public record QuestionPayload(
        Particulars particulars,
        String title,
        String body,
        String field,
        Boolean consent,
        String consentVersion,
        String challenge,
        String nonce,
        List<AttachmentPayload> attachments) {

    /** A file sent with the question: its name and its bytes in Base64. */
    public record AttachmentPayload(String fileName, String content) {}

    /** The files, decoded; a file whose content is not Base64 is refused by the field's rule. */
    List<Upload> uploads() {
        if (attachments == null) {
            return List.of();
        }
        return attachments.stream()
                .map(file -> Upload.of(
                        file.fileName(),
                        Base64Content.decode(file.content(), "attachments", "qa.error.attachments.encoding")))
                .toList();
    }

    QuestionForm form(Language language) {
        return new QuestionForm(
                particulars, title, body, field, Boolean.TRUE.equals(consent), consentVersion, language);
    }
}
