package vn.egov.portal.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Lob;
import jakarta.persistence.Persistence;
import jakarta.persistence.metamodel.Attribute;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schema the entities ask for, made by the JPA provider Payara runs (EclipseLink 4.0.7, outside
 * any container) in an empty database: what the migrations must add up to. With a folder it also
 * writes the statements there ({@code create.sql}), which is how a new migration is drafted.
 */
final class EntitySchema {

    private EntitySchema() {}

    /**
     * Makes the entities' tables and answers the names of their {@code @Lob} text columns, which
     * EclipseLink writes as {@code varchar(255)} on PostgreSQL (a cut-off the migrations do not copy).
     */
    static Set<String> create(String url, String user, String password, Path scriptFolder) {
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
            return lobColumns(factory);
        } finally {
            factory.close();
        }
    }

    private static Set<String> lobColumns(EntityManagerFactory factory) {
        Set<String> columns = new TreeSet<>();
        for (var type : factory.getMetamodel().getManagedTypes()) {
            for (Attribute<?, ?> attribute : type.getDeclaredAttributes()) {
                if (attribute.getJavaMember() instanceof Field field && field.isAnnotationPresent(Lob.class)) {
                    Column column = field.getAnnotation(Column.class);
                    String name = column == null || column.name().isEmpty() ? field.getName() : column.name();
                    columns.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }
}
