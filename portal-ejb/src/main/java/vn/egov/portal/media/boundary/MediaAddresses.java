package vn.egov.portal.media.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.address.boundary.TopLevelPaths;

/** Uploaded images and files at "/media/{token}/{name}". */
@ApplicationScoped
public class MediaAddresses extends TopLevelPaths {

    public MediaAddresses() {
        super("media");
    }
}
