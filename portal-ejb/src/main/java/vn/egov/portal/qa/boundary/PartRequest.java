package vn.egov.portal.qa.boundary;

/** One part of a question the board splits: its wording, field and the agency that answers it. */
public record PartRequest(String title, String body, String field, String agency) {}
