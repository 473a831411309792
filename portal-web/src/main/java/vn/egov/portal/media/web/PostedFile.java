package vn.egov.portal.media.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A file chosen in a public form, as the browser sent it: the name it gave, the size, and the bytes.
 * A file over the form's size limit is not read at all (its content is null), so that a huge upload
 * costs no memory and is still refused by its rule, with its name, next to its field.
 */
public record PostedFile(String fileName, long size, byte[] content) {

    /** The file of one file input, or empty when nothing was chosen in it. */
    public static Optional<PostedFile> of(Part part, long maxBytes) throws IOException {
        if (part == null
                || part.getSubmittedFileName() == null
                || part.getSubmittedFileName().isBlank()) {
            return Optional.empty();
        }
        if (part.getSize() > maxBytes) {
            return Optional.of(new PostedFile(part.getSubmittedFileName(), part.getSize(), null));
        }
        try (InputStream in = part.getInputStream()) {
            byte[] content = in.readAllBytes();
            return Optional.of(new PostedFile(part.getSubmittedFileName(), content.length, content));
        }
    }
}
