package vn.egov.portal.qa.boundary;

/** A search of the published answers: by field code, agency code and words, a page at a time. */
public record PublishedSearch(String field, String agency, String text, int page, int size) {

    public static final int MAX_SIZE = 50;
}
