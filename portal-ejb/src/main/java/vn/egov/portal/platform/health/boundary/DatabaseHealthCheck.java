package vn.egov.portal.platform.health.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the portal database answers; a load balancer stops sending traffic otherwise.
 * It asks the pool directly: the health endpoint calls in from outside any application component,
 * where a container-managed entity manager is not available on the full server.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(2) ? HealthCheckResponse.up("database") : HealthCheckResponse.down("database");
        } catch (SQLException unreachable) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("error", unreachable.getClass().getSimpleName())
                    .build();
        }
    }
}
