package vn.egov.portal.platform.document.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import vn.egov.portal.platform.document.control.DocumentHeaders;
import vn.egov.portal.platform.document.control.GeneratedDocument;

/**
 * The one way a page or a servlet hands out a document it generated (a receipt, a summary, a
 * report): the headers of {@link DocumentHeaders} and the bytes. From a Faces action the response
 * is reset first and completed after, so no page is rendered behind the download.
 */
public final class DocumentDownload {

    private DocumentDownload() {}

    /** From a Faces action ({@code ajax="false"}): sends the document instead of the page. */
    public static void send(FacesContext faces, GeneratedDocument document) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        DocumentHeaders.of(document).forEach((name, value) -> {
            if ("Content-Type".equals(name)) {
                external.setResponseContentType(value);
            } else {
                external.setResponseHeader(name, value);
            }
        });
        external.setResponseContentLength(document.bytes().length);
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(document.bytes());
        }
        faces.responseComplete();
    }

    /** From a servlet. */
    public static void send(HttpServletResponse response, GeneratedDocument document) throws IOException {
        DocumentHeaders.of(document).forEach((name, value) -> {
            if ("Content-Type".equals(name)) {
                response.setContentType(value);
            } else {
                response.setHeader(name, value);
            }
        });
        response.setContentLength(document.bytes().length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(document.bytes());
        }
    }
}
