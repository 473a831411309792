package vn.egov.portal.search.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.search.boundary.SearchEngine;
import vn.egov.portal.search.entity.Searchable;

/** Adds a chunk to the index being rebuilt (committed with the chunk, so a restart loses nothing). */
@Dependent
@Named("searchableWriter")
public class SearchableWriter extends AbstractItemWriter {

    @Inject
    SearchEngine engine;

    @Override
    public void writeItems(List<Object> items) {
        engine.rebuild(items.stream().map(Searchable.class::cast).toList());
    }
}
