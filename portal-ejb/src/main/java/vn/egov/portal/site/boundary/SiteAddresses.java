package vn.egov.portal.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.address.boundary.TopLevelPaths;

/** The organisation tree at "/to-chuc/" and the contacts at "/lien-he/". */
@ApplicationScoped
public class SiteAddresses extends TopLevelPaths {

    public SiteAddresses() {
        super("to-chuc", "lien-he");
    }
}
