package vn.egov.portal.platform.address.boundary;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the platform itself serves at the top: the console, the API and its description, health,
 * the language prefixes, static and Faces resources, the error page, the display options. Also the words of the features
 * announced for the next releases (search, e-services, reports), so that no
 * sub-portal opened meanwhile takes their address; each feature declares its own once it is built,
 * and its word leaves this list.
 */
@ApplicationScoped
public class PlatformAddresses extends TopLevelPaths {

    public PlatformAddresses() {
        super(
                "admin",
                "api",
                "openapi",
                "health",
                "metrics",
                "en",
                "vi",
                "resources",
                "jakarta.faces.resource",
                "javax.faces.resource",
                "static",
                "error",
                "hien-thi",
                "search",
                "tim-kiem",
                "dich-vu-cong",
                "tra-cuu",
                "bao-cao",
                "thong-ke");
    }
}
