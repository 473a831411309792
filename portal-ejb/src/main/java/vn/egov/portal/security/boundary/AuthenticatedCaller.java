package vn.egov.portal.security.boundary;

import java.util.Set;

/** Who logged in and which container groups they hold. */
public record AuthenticatedCaller(String username, Set<String> groups) {}
