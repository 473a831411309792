package vn.egov.portal.platform.request.web;

import java.io.IOException;

/** A request body that went past its limit while it was being read (a chunked body has no length up front). */
public class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("Request body over " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
