package vn.egov.portal.platform.error.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import vn.egov.portal.platform.error.rest.Problem;
import vn.egov.portal.platform.error.rest.RequestExceptionMappers;

/**
 * An API response whose errors are problem documents even when the runtime answers before any
 * mapper runs: a header it cannot parse (Content-Type: garbage, Accept: garbage/;;) makes Jersey call
 * sendError, which would otherwise write the container's HTML page.
 */
public final class ProblemErrors extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    public ProblemErrors(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    @Override
    public void sendError(int status) throws IOException {
        sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (isCommitted() || known == null) {
            super.sendError(status, message);
            return;
        }
        resetBuffer();
        setHeader("Cache-Control", "no-store");
        Problem.write(request, (HttpServletResponse) getResponse(), known, RequestExceptionMappers.detailOf(status));
    }
}
