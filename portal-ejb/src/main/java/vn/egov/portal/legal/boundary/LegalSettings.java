package vn.egov.portal.legal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.platform.boundary.PortalConfig;

/**
 * {@code portal.legal.ppc-unit}: the organisation unit whose documents must be on the portal within
 * the "ppc-document" rule (Art. 8.1c); {@code portal.legal.provider-unit}: who publishes them unless
 * the document names its advising unit; {@code portal.legal.max-file-mb}: upload limit.
 */
@ApplicationScoped
public class LegalSettings {

    @Inject
    @ConfigProperty(name = "portal.legal.ppc-unit", defaultValue = "ubnd-tinh")
    String ppcUnit;

    @Inject
    @ConfigProperty(name = "portal.legal.provider-unit", defaultValue = "van-phong-ubnd-tinh")
    String providerUnit;

    @Inject
    @ConfigProperty(name = "portal.legal.max-file-mb", defaultValue = "20")
    int maxFileMegabytes;

    @Inject
    @ConfigProperty(name = "portal.legal.types", defaultValue = "seed/legal-document-types.json")
    String typesSeed;

    @Inject
    PortalConfig config;

    public String ppcUnit() {
        return ppcUnit;
    }

    public String providerUnit() {
        return providerUnit;
    }

    public long maxFileBytes() {
        return maxFileMegabytes * 1024L * 1024L;
    }

    public String typesSeed() {
        return typesSeed;
    }

    /** Signed files live here, outside the web root. */
    public Path fileRoot() {
        return config.dataDirectory().resolve("legal-files");
    }
}
