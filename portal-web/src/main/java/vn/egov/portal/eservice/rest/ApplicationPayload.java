package vn.egov.portal.eservice.rest;

import java.util.List;
import vn.egov.portal.eservice.control.ApplicationForm;
import vn.egov.portal.eservice.control.ComponentUpload;
import vn.egov.portal.media.rest.Base64Content;
import vn.egov.portal.privacy.control.Particulars;

/**
 * A dossier sent through the API: the procedure's code, the applicant's {@link Particulars} (nested
 * as {@code particulars}, exactly as a question's asker), the declaration
 * and consent (to the version of {@code GET /api/v1/applications/form}), the solved challenge and the
 * files, each naming the number of the procedure's dossier component it stands for (from 1).
 */
public record ApplicationPayload(
        String procedure,
        Particulars particulars,
        Boolean declaration,
        Boolean consent,
        String consentVersion,
        String challenge,
        String nonce,
        List<FilePayload> files) {

    /** A file of the dossier: the component's number, the file's name and its bytes in Base64. */
    public record FilePayload(Integer component, String fileName, String content) {}

    ApplicationForm form(String language) {
        return new ApplicationForm(
                procedure,
                particulars,
                Boolean.TRUE.equals(declaration),
                Boolean.TRUE.equals(consent),
                consentVersion,
                language);
    }

    List<ComponentUpload> uploads() {
        return uploads(files);
    }

    /** The files, decoded; a file whose content is not Base64 is a 400 on "files". */
    static List<ComponentUpload> uploads(List<FilePayload> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .map(file -> ComponentUpload.of(
                        file.component() == null ? 0 : file.component(),
                        file.fileName(),
                        Base64Content.decode(file.content(), "files", "eservice.error.files.encoding")))
                .toList();
    }
}
