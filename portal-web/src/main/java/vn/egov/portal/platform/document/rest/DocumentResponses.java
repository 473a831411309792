package vn.egov.portal.platform.document.rest;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import vn.egov.portal.platform.document.control.DocumentHeaders;
import vn.egov.portal.platform.document.control.GeneratedDocument;

/**
 * The one way an API resource answers with a document it generated: 200 with the headers of
 * {@link DocumentHeaders} and the bytes; the resource method declares the formats it produces.
 */
public final class DocumentResponses {

    private DocumentResponses() {}

    public static Response ok(GeneratedDocument document) {
        Response.ResponseBuilder response = Response.ok(document.bytes());
        for (Map.Entry<String, String> header : DocumentHeaders.of(document).entrySet()) {
            if ("Content-Type".equals(header.getKey())) {
                response.type(header.getValue());
            } else {
                response.header(header.getKey(), header.getValue());
            }
        }
        return response.header("Content-Length", document.bytes().length).build();
    }
}
