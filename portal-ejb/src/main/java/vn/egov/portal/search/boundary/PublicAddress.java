package vn.egov.portal.search.boundary;

import java.time.LocalDate;

/**
 * One public item's page as the index knows it, for the sitemap.
 *
 * @param site the sub-portal's slug, or null for the main portal
 * @param address the path from the portal's root
 * @param date the item's date (publication, issue), or null
 */
public record PublicAddress(String site, String address, LocalDate date) {}
