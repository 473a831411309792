package vn.egov.portal.integration.boundary;

import java.util.Set;

/** The caller a valid token stands for: the principal the container is told and the roles it holds. */
public record TokenCaller(String principal, Set<String> groups) {

    /** Token principals cannot be user names (which have no colon), so the two never meet. */
    public static final String PREFIX = "api:";

    public static String principalOf(Long tokenId) {
        return PREFIX + tokenId;
    }

    public static boolean isToken(String principal) {
        return principal != null && principal.startsWith(PREFIX);
    }
}
