package vn.egov.portal.platform.request.web;

import java.util.OptionalLong;

/**
 * A feature that takes request bodies larger than the API's default on addresses of its own (a form
 * with files). {@link RequestBoundsFilter} asks every contribution before it applies the default.
 */
public interface BodyLimit {

    /** The most bytes a request body to this path (without the context path) may have; empty when not ours. */
    OptionalLong maxBytes(String path);
}
