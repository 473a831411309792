package vn.egov.portal.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The very first thing at every start: the schema is migrated before anything reads the database.
 * Every other start-up bean of this module depends on this one (directly or through another), and
 * the persistence unit generates no DDL, so JPA only ever meets a migrated schema. A migration that
 * fails stops the deployment: the portal does not run on a schema it does not know.
 *
 * <p>Outside any transaction: Flyway commits each migration on its own connection.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        long began = System.nanoTime();
        try {
            SchemaMigration.Outcome outcome =
                    SchemaMigration.migrate(database, SchemaMigrations.class.getClassLoader());
            long millis = (System.nanoTime() - began) / 1_000_000;
            LOG.info(() -> "Database schema (" + outcome.vendor() + ") at version " + outcome.version() + ": "
                    + outcome.applied() + " migration(s) applied in " + millis + " ms"
                    + (outcome.baselined() ? ", after recording the previous release's schema as version 1" : ""));
        } catch (RuntimeException e) {
            LOG.severe(() -> "The database schema could not be migrated, the portal does not start: " + e.getMessage());
            throw e;
        }
    }
}
