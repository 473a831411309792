package vn.egov.portal.search.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import vn.egov.portal.search.boundary.SearchSource;
import vn.egov.portal.search.entity.Searchable;

/**
 * Reads every feature's public items, kind after kind (in the order of {@code SearchKind}), each in
 * id order, a page at a time. The checkpoint is the kind and the last id read, so a restart goes on
 * right after the last committed chunk.
 */
@Dependent
@Named("searchableReader")
public class SearchableReader extends AbstractItemReader {

    @Inject
    @Any
    Instance<SearchSource> sources;

    @Inject
    @BatchProperty(name = "pageSize")
    String pageSize;

    private final Deque<Searchable> buffer = new ArrayDeque<>();
    private List<SearchSource> ordered;
    private Position position;

    /** Where the reading stands: the source (by its place in the order) and the last id read from it. */
    record Position(int source, long lastId) implements Serializable {}

    @Override
    public void open(Serializable checkpoint) {
        ordered = sources.stream()
                .sorted(Comparator.comparing(SearchSource::kind))
                .toList();
        position = checkpoint == null ? new Position(0, 0L) : (Position) checkpoint;
    }

    @Override
    public Object readItem() {
        while (buffer.isEmpty() && position.source() < ordered.size()) {
            List<Searchable> page = ordered.get(position.source()).after(position.lastId(), size());
            if (page.isEmpty()) {
                position = new Position(position.source() + 1, 0L);
            } else {
                buffer.addAll(page);
            }
        }
        Searchable next = buffer.poll();
        if (next != null) {
            position = new Position(position.source(), next.id());
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }

    private int size() {
        return pageSize == null || pageSize.isBlank()
                ? 500
                : Math.max(1, Math.min(5000, Integer.parseInt(pageSize.strip())));
    }
}
