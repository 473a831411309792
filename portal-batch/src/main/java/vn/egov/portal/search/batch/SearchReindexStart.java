package vn.egov.portal.search.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.egov.portal.search.boundary.SearchEngine;

/** Opens a new, empty index beside the one in use, which keeps answering searches meanwhile. */
@Dependent
@Named("searchReindexStart")
public class SearchReindexStart extends AbstractBatchlet {

    @Inject
    SearchEngine engine;

    @Override
    public String process() {
        engine.startRebuild();
        return "STARTED";
    }
}
