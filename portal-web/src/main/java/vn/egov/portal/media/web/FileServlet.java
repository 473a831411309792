package vn.egov.portal.media.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.media.control.FileContent;
import vn.egov.portal.media.control.FileNames;
import vn.egov.portal.media.control.MediaFormat;
import vn.egov.portal.media.control.Renditions;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.security.boundary.AccessDeniedException;

/**
 * The one download path: every stored file the portal hands out leaves through here, at the
 * address of the feature that owns it ({@link FileOwner}; {@link FileOwnerAddresses} maps them).
 * The owner decides whether the file exists and the caller may have it; this servlet decides how it
 * goes out, the same for all: the exact type fixed at upload (never the uploader's), a
 * Content-Disposition with the stored name, {@code nosniff}, a sandbox that keeps any active
 * content inert, and what browsers and proxies may keep, by the file's audience. Public web images
 * are shown inline (and scaled with {@code ?w=}); everything else is a download.
 */
public class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String SANDBOX = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

    @Inject
    transient FileStore store;

    @Inject
    @Any
    transient Instance<FileOwner> owners;

    private transient Map<String, FileOwner> byAddress;

    @Override
    public void init() {
        byAddress = owners.stream().collect(Collectors.toMap(FileOwner::address, Function.identity()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileOwner owner = byAddress.get(request.getServletPath());
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Download> download;
        try {
            download = owner == null ? Optional.empty() : owner.find(key);
        } catch (NotFoundException missing) {
            download = Optional.empty();
        } catch (AccessDeniedException | EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(request, response, download.get());
    }

    private void send(HttpServletRequest request, HttpServletResponse response, Download download) throws IOException {
        StoredFile file = download.file();
        boolean everyone = download.audience() != Download.Audience.ENTITLED;
        Integer width = everyone ? width(request.getParameter("w")) : null;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", SANDBOX);
        response.setHeader("Cache-Control", download.audience().cacheControl());
        if (everyone && file.getSha256() != null) {
            String etag = "\"" + file.getSha256().substring(0, 32) + (width == null ? "" : "-" + width) + "\"";
            response.setHeader("ETag", etag);
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        FileContent content = store.open(file, width);
        response.setContentType(content.type());
        response.setHeader("Content-Disposition", disposition(file, everyone));
        response.setContentLengthLong(content.length());
        try (InputStream bytes = content.stream()) {
            bytes.transferTo(response.getOutputStream());
        }
    }

    /** Inline only for public images a browser shows itself; the name both as ASCII and exactly (RFC 6266). */
    private static String disposition(StoredFile file, boolean everyone) {
        MediaFormat format = file.getFormat();
        String kind = everyone && format.isWebImage() && format != MediaFormat.BMP ? "inline" : "attachment";
        String exact =
                URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return kind + "; filename=\"" + FileNames.ascii(file.getFileName()) + "\"; filename*=UTF-8''" + exact;
    }

    private static Integer width(String asked) {
        return Renditions.WIDTHS.stream()
                .filter(w -> String.valueOf(w).equals(asked))
                .findFirst()
                .orElse(null);
    }
}
