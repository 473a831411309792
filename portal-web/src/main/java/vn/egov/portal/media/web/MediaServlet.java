package vn.egov.portal.media.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.portal.media.boundary.MediaLibrary;
import vn.egov.portal.media.control.MediaFormat;
import vn.egov.portal.media.control.Renditions;
import vn.egov.portal.media.entity.MediaFile;

/**
 * Serves stored files from {@code $PORTAL_DATA/media} (never from the web root) at
 * /media/{token}/{name}. The type is the one detected at upload; web images are shown inline, all
 * else is a download; a sandboxing policy keeps any active content inert. Content never changes
 * under a token, so browsers may keep it for a year.
 */
@WebServlet(urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([0-9a-f]{32})(/[^/]*)?");

    @Inject
    MediaLibrary media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<MediaFile> found = path.matches() ? media.find(path.group(1)) : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaFile file = found.get();
        Integer width = width(request.getParameter("w"));
        Path stored = media.fileOf(file, width);
        String etag = "\"" + file.getSha256().substring(0, 32) + (width == null ? "" : "-" + width) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader(
                "Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        boolean rendition = !stored.getFileName().toString().equals(file.getToken());
        response.setContentType(
                rendition
                        ? "image/" + ("png".equals(Renditions.outputFormat(file.getFormat())) ? "png" : "jpeg")
                        : file.getFormat().servedType());
        response.setHeader("Content-Disposition", disposition(file));
        response.setContentLengthLong(Files.size(stored));
        Files.copy(stored, response.getOutputStream());
    }

    private static String disposition(MediaFile file) {
        String kind = file.getFormat().isWebImage() && file.getFormat() != MediaFormat.BMP ? "inline" : "attachment";
        String encoded =
                URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return kind + "; filename=\"" + file.getFileName() + "\"; filename*=UTF-8''" + encoded;
    }

    private static Integer width(String asked) {
        if (asked == null) {
            return null;
        }
        return Renditions.WIDTHS.stream()
                .filter(w -> String.valueOf(w).equals(asked))
                .findFirst()
                .orElse(null);
    }
}
