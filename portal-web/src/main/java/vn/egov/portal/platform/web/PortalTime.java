package vn.egov.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.egov.portal.platform.boundary.PortalConfig;

/** The province's time zone for date converters in pages (Asia/Ho_Chi_Minh unless configured). */
@Named
@ApplicationScoped
public class PortalTime {

    @Inject
    PortalConfig config;

    public String getZone() {
        return config.zone().getId();
    }
}
