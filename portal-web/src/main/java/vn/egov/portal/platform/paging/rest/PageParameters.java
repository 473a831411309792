package vn.egov.portal.platform.paging.rest;

import vn.egov.portal.platform.paging.boundary.PageRequest;

/**
 * The paging parameters of every list operation: their one description and default, and their
 * reading. They arrive as text and are read by {@link PageRequest}, so "abc", 0 or 101 is a 400
 * naming the field, in the caller's language, like any other bad input. (Plain query parameters of
 * each operation, not a {@code @BeanParam}: Payara's OpenAPI scanner fails on annotated bean fields.)
 */
public final class PageParameters {

    public static final int DEFAULT_SIZE = 20;
    public static final String PAGE = "Page number, from 1 (the first page, also when absent) to 10000";
    public static final String SIZE = "Items per page, from 1 to 100; 20 when absent";

    private PageParameters() {}

    public static PageRequest request(String page, String size) {
        return PageRequest.parse(page, size, DEFAULT_SIZE);
    }
}
