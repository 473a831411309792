package vn.egov.portal.platform.address.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import vn.egov.portal.platform.address.control.Slug;

/**
 * The top of the public address space: what the features serve themselves ({@link TopLevelPaths})
 * and what is left for sub-portals. Asked when a sub-portal is opened or seeded, and by the routing
 * of every public request.
 */
@ApplicationScoped
public class AddressSpace {

    @Inject
    @Any
    Instance<TopLevelPaths> features;

    private Set<String> taken;

    @PostConstruct
    void collect() {
        taken = features.stream().flatMap(feature -> feature.paths().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** A segment a feature serves itself. */
    public boolean isReserved(String segment) {
        return taken.contains(segment);
    }

    /** A well-formed slug that no feature serves: a sub-portal may live there. */
    public boolean isFreeForSubPortal(String candidate) {
        return Slug.isWellFormed(candidate) && !isReserved(candidate);
    }
}
