package vn.egov.portal.platform.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The schema the entities ask for, made by the JPA provider Payara runs (EclipseLink 4.0.7, outside
 * any container) in an empty database: what the migrations must add up to. With a folder it also
 * writes the statements there ({@code create.sql}), which is how a new migration is drafted.
 */
final class EntitySchema {

    private EntitySchema() {}

    static void create(String url, String user, String password, Path scriptFolder) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", user);
        properties.put("jakarta.persistence.jdbc.password", password);
        properties.put("eclipselink.ddl-generation", "create-tables");
        properties.put("eclipselink.ddl-generation.output-mode", scriptFolder == null ? "database" : "both");
        if (scriptFolder != null) {
            properties.put("eclipselink.application-location", scriptFolder.toString());
            properties.put("eclipselink.create-ddl-jdbc-file-name", "create.sql");
            properties.put("eclipselink.drop-ddl-jdbc-file-name", "drop.sql");
        }
        properties.put("eclipselink.logging.level", "WARNING");
        properties.put("eclipselink.target-server", "None");
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("portal", properties);
        try {
            factory.createEntityManager().close();
        } finally {
            factory.close();
        }
    }
}
