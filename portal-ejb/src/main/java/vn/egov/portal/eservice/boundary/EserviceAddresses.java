package vn.egov.portal.eservice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.address.boundary.TopLevelPaths;

/** The procedure catalogue at "/thu-tuc-hanh-chinh/..." (one procedure by its national code). */
@ApplicationScoped
public class EserviceAddresses extends TopLevelPaths {

    public EserviceAddresses() {
        super("thu-tuc-hanh-chinh");
    }
}
