package vn.egov.portal.search.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import vn.egov.portal.batch.boundary.JobCatalogue;
import vn.egov.portal.batch.boundary.JobLauncher;
import vn.egov.portal.search.boundary.SearchEngine;

/**
 * Opens a new, empty index beside the one in use, which keeps answering searches meanwhile. Two runs
 * would share that one new index (the second start would empty it under the first), so a run that
 * finds an earlier one still under way ends at once with {@link #ALREADY_RUNNING}: the console and
 * the API refuse a second start with 409 already; this covers two starts racing past that check.
 */
@Dependent
@Named("searchReindexStart")
public class SearchReindexStart extends AbstractBatchlet {

    /** The exit status the job XML turns into a failed run that touched no index. */
    static final String ALREADY_RUNNING = "ALREADY_RUNNING";

    private static final Logger LOG = Logger.getLogger(SearchReindexStart.class.getName());

    @Inject
    SearchEngine engine;

    @Inject
    JobLauncher launcher;

    @Inject
    JobContext job;

    @Override
    public String process() {
        long self = job.getExecutionId();
        if (launcher.runningExecutions(JobCatalogue.SEARCH_REINDEX).stream().anyMatch(id -> id < self)) {
            LOG.warning(() -> "search-reindex execution " + self + " refused: an earlier run is under way");
            return ALREADY_RUNNING;
        }
        engine.startRebuild();
        return "STARTED";
    }
}
