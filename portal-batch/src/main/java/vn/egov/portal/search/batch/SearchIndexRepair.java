package vn.egov.portal.search.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.batch.boundary.JobCatalogue;
import vn.egov.portal.batch.boundary.JobLauncher;
import vn.egov.portal.search.boundary.SearchEngine;
import vn.egov.portal.search.boundary.SearchSource;
import vn.egov.portal.search.entity.Searchable;
import vn.egov.portal.setup.boundary.PortalBootstrap;
import vn.egov.portal.setup.boundary.StartupDataLoaded;

/**
 * An empty or set-aside index next to a database that has public content would find nothing: a new
 * data folder with the demo province, a database restored from a backup or upgraded from a release
 * before search. It starts with the application and looks once the start-up data is committed
 * ({@link PortalBootstrap#loaded()}: in one module it runs the bootstrap first if needed; in the EAR
 * the batch module starts after the bootstrap has run). Up to {@link #AT_ONCE} public items are indexed there and then, before the
 * first page is served: a few thousand take well under a second. More are left to the
 * {@code search-reindex} job a moment later (once the application runs), which shows its progress
 * in the batch console while the engine says the index is incomplete.
 */
@Singleton
@Startup
// Run by the container at start only; it asks nothing of the caller.
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexRepair {

    private static final Logger LOG = Logger.getLogger(SearchIndexRepair.class.getName());

    /** The most items indexed during the start itself; a larger portal gets the job. */
    static final int AT_ONCE = 5_000;

    private static final int PAGE = 500;
    private static final long JOB_DELAY_MILLIS = 1_000;

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

    @Inject
    PortalBootstrap bootstrap;

    @PostConstruct
    void atStart() {
        if (!enabled) {
            return;
        }
        Optional<StartupDataLoaded> data = bootstrap.loaded();
        // Demo data written at this start may be in the index only in part (a feature that indexes
        // its own changes as they happen), so a non-empty index is then no sign of a whole one.
        boolean added = data.map(StartupDataLoaded::dataSetsAdded).orElse(false);
        if (!added && !engine.isIncomplete() && engine.size() > 0) {
            return;
        }
        if (data.isEmpty()) {
            LOG.warning("The start-up data is not there; the search index is left as it is");
            return;
        }
        List<Searchable> items = publicItems();
        if (items.isEmpty()) {
            return;
        }
        if (items.size() > AT_ONCE) {
            timers.createSingleActionTimer(JOB_DELAY_MILLIS, new TimerConfig("search-index-repair", false));
            return;
        }
        long started = System.nanoTime();
        engine.startRebuild();
        engine.rebuild(items);
        int indexed = engine.finishRebuild();
        LOG.info(() -> "The search index was empty or incomplete: " + indexed + " items indexed at start in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** The public items of every feature, up to one more than {@link #AT_ONCE}. */
    private List<Searchable> publicItems() {
        List<Searchable> items = new ArrayList<>();
        for (SearchSource source : sources.stream()
                .sorted(Comparator.comparing(SearchSource::kind))
                .toList()) {
            long after = 0;
            List<Searchable> page;
            do {
                page = source.after(after, PAGE);
                items.addAll(page);
                after = page.isEmpty() ? after : page.get(page.size() - 1).id();
            } while (page.size() == PAGE && items.size() <= AT_ONCE);
            if (items.size() > AT_ONCE) {
                break;
            }
        }
        return items;
    }

    @Timeout
    void startJob() {
        if (launcher.isRunning(JobCatalogue.SEARCH_REINDEX)) {
            return;
        }
        try {
            long id = launcher.start(JobCatalogue.SEARCH_REINDEX, new Properties());
            LOG.info(() -> "The search index was empty or incomplete: search-reindex started, execution " + id);
        } catch (RuntimeException e) {
            LOG.warning(() -> "search-reindex could not be started for the empty index: " + e.getMessage());
        }
    }
}
