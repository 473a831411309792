package vn.egov.portal.platform.chrome.web;

/**
 * One entry of the public main navigation. {@code everySite} entries appear on sub-portals too and
 * point inside the current portal; the others belong to the main portal only.
 */
public record PublicLink(int order, String labelKey, String path, boolean everySite) {}
