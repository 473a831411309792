package vn.egov.portal.qa.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import java.util.Set;
import vn.egov.portal.platform.request.web.BodyLimit;
import vn.egov.portal.qa.boundary.QaSettings;

/**
 * Anyone may post a question, files included: a post may be as large as the allowed files together
 * plus room for the text, and no larger, however it is sent. The files' own rules (count, size,
 * format by content) are checked afterwards, each with its message.
 */
@ApplicationScoped
public class QuestionBodyLimit implements BodyLimit {

    /** Text fields and multipart framing; Base64 in the API adds a third to the files. */
    private static final long ROOM_FOR_TEXT = 1024L * 1024L;

    private static final Set<String> PATHS =
            Set.of("/hoi-dap/dat-cau-hoi.xhtml", "/en/hoi-dap/dat-cau-hoi.xhtml", "/api/v1/questions");

    @Inject
    QaSettings settings;

    @Override
    public OptionalLong maxBytes(String path) {
        if (!PATHS.contains(path)) {
            return OptionalLong.empty();
        }
        long files = settings.maxAttachments() * settings.maxAttachmentBytes();
        return OptionalLong.of(files + files / 3 + ROOM_FOR_TEXT);
    }
}
