package vn.egov.portal.eservice.rest;

import java.util.List;

/** The applicant's supplement: the receipt's secret, an optional note and the files asked for. */
public record SupplementPayload(String secret, String note, List<ApplicationPayload.FilePayload> files) {}
