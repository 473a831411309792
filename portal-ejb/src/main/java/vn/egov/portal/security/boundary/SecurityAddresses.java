package vn.egov.portal.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.address.boundary.TopLevelPaths;

/** The officials' log-in and log-out pages. */
@ApplicationScoped
public class SecurityAddresses extends TopLevelPaths {

    public SecurityAddresses() {
        super("login", "logout");
    }
}
