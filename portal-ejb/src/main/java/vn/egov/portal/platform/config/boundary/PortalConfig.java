package vn.egov.portal.platform.config.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deployment settings. MicroProfile Config reads them from system properties or from the
 * environment, so {@code PORTAL_DATA} set for run.sh arrives here as {@code portal.data}.
 */
@ApplicationScoped
public class PortalConfig {

    @Inject
    @ConfigProperty(name = "portal.data", defaultValue = "./data")
    String data;

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "portal.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    String timezone;

    @Inject
    @ConfigProperty(name = "portal.seed.structure", defaultValue = "seed/structure.json")
    String structureSeed;

    /** Where the file database, uploads and the search index live. */
    public Path dataDirectory() {
        return Path.of(data).toAbsolutePath().normalize();
    }

    public boolean demoContent() {
        return demo;
    }

    public Optional<String> initialAdminPassword() {
        return adminPassword.filter(password -> !password.isBlank());
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    /** A classpath resource or a file path holding the province's structural data. */
    public String structureSeed() {
        return structureSeed;
    }

    /** Every "now" in the portal comes from here, in the province's zone, so tests can fix it. */
    @Produces
    public Clock clock() {
        return Clock.system(zone());
    }
}
