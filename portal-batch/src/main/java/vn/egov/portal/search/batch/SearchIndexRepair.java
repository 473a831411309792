package vn.egov.portal.search.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.batch.boundary.JobCatalogue;
import vn.egov.portal.batch.boundary.JobLauncher;
import vn.egov.portal.search.boundary.SearchEngine;
import vn.egov.portal.search.boundary.SearchSource;

/**
 * An empty or set-aside index next to a database that has public content would find nothing: a new
 * data folder with the demo province, a database restored from a backup or upgraded from a release
 * before search. For a few minutes after each start it looks every {@code CHECK_MILLIS}: once the
 * index is empty or incomplete while a feature has public content (the demo province is loaded during
 * the start, so not at once), the {@code search-reindex} job fills it from the database; it shows in
 * the batch console like a job an operator started. It stops looking once the index holds items.
 */
@Singleton
@Startup
// Started by the container only; it asks nothing of the caller.
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexRepair {

    private static final Logger LOG = Logger.getLogger(SearchIndexRepair.class.getName());

    private static final long CHECK_MILLIS = 10_000;

    /** How many looks, at most: a portal with no public content at all stops asking after these. */
    private static final int CHECKS = 30;

    private int checks;

    @Resource
    TimerService timers;

    @Inject
    SearchEngine engine;

    @Inject
    JobLauncher launcher;

    @Inject
    @Any
    Instance<SearchSource> sources;

    @Inject
    @ConfigProperty(name = "portal.search.rebuild-at-start", defaultValue = "true")
    boolean enabled;

    @PostConstruct
    void schedule() {
        if (enabled) {
            timers.createIntervalTimer(CHECK_MILLIS, CHECK_MILLIS, new TimerConfig("search-index-repair", false));
        }
    }

    @Timeout
    void repair(Timer timer) {
        boolean filled = !engine.isIncomplete() && engine.size() > 0;
        if (filled || ++checks >= CHECKS) {
            timer.cancel();
            return;
        }
        if (launcher.isRunning(JobCatalogue.SEARCH_REINDEX) || !hasPublicContent()) {
            return;
        }
        try {
            long id = launcher.start(JobCatalogue.SEARCH_REINDEX, new Properties());
            LOG.info(() -> "The search index was empty or incomplete: search-reindex started, execution " + id);
        } catch (RuntimeException e) {
            LOG.warning(() -> "search-reindex could not be started for the empty index: " + e.getMessage());
        }
    }

    private boolean hasPublicContent() {
        return sources.stream().anyMatch(source -> !source.after(0, 1).isEmpty());
    }
}
