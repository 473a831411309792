package vn.egov.portal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.address.boundary.TopLevelPaths;

/** Articles at "/tin/{id}-{slug}", categories at "/chuyen-muc/{code}", their feeds at "/feed/{code}.atom". */
@ApplicationScoped
public class ContentAddresses extends TopLevelPaths {

    public ContentAddresses() {
        super("tin", "chuyen-muc", "feed");
    }
}
