package vn.egov.portal.search.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import vn.egov.portal.search.boundary.SearchEngine;

/** Swaps the rebuilt index in, in one atomic step; the exit status says how many items it holds. */
@Dependent
@Named("searchReindexSwap")
public class SearchReindexSwap extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(SearchReindexSwap.class.getName());

    @Inject
    SearchEngine engine;

    @Override
    public String process() {
        int items = engine.finishRebuild();
        LOG.info(() -> "search-reindex swapped in an index of " + items + " items");
        return "INDEXED " + items;
    }
}
