package vn.egov.portal.platform.address.boundary;

import java.util.Set;

/**
 * The first segments of the address space a feature serves itself: "/van-ban/..." for the legal
 * register, "/api/..." for the API. No sub-portal may take one (a sub-portal's pages live at
 * "/{slug}/..."), and routing never reads one as a sub-portal. Each feature declares its own, as an
 * application-scoped subclass in its boundary package of this module (the EJB module cannot see the
 * web module's beans when the portal runs as an EAR); {@link AddressSpace} collects them.
 */
public abstract class TopLevelPaths {

    private final Set<String> paths;

    /** Lower-case segments without slashes, e.g. "van-ban". */
    protected TopLevelPaths(String... paths) {
        this.paths = Set.of(paths);
    }

    public Set<String> paths() {
        return paths;
    }
}
