package vn.egov.portal.qa.boundary;

import vn.egov.portal.platform.paging.boundary.PageRequest;

/** A search of the published answers: by field code, agency code and words, a page at a time. */
public record PublishedSearch(String field, String agency, String text, PageRequest page) {}
