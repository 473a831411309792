package vn.egov.portal.platform.address.boundary;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the platform itself serves at the top: the console, the API and its description, health and
 * metrics, the language prefixes ("vi" too, so that no sub-portal reads as a language), Faces
 * resources, the error page, the display options. Never a feature's word: each feature declares its
 * own ({@link TopLevelPaths}) once it serves it, and a word that nothing serves is free for a
 * sub-portal.
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
                "error",
                "hien-thi");
    }
}
