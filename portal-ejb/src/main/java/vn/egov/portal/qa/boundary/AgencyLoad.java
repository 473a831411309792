package vn.egov.portal.qa.boundary;

import vn.egov.portal.platform.entity.LocalizedText;

/** One agency's open questions on the dashboard: how many, how many due soon, how many overdue. */
public record AgencyLoad(String agencyCode, LocalizedText agencyName, int open, int dueSoon, int overdue) {}
