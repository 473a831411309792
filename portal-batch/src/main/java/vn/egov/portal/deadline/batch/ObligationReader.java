package vn.egov.portal.deadline.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import vn.egov.portal.deadline.boundary.DeadlineMonitoring;
import vn.egov.portal.deadline.control.ObligationSnapshot;

/**
 * Reads open obligations in id order, a page at a time. The checkpoint is the id of the last one
 * read, so a restart continues right after the last committed chunk.
 */
@Dependent
@Named("obligationReader")
public class ObligationReader extends AbstractItemReader {

    @Inject
    DeadlineMonitoring monitoring;

    @Inject
    @BatchProperty(name = "pageSize")
    String pageSize;

    private final Deque<ObligationSnapshot> buffer = new ArrayDeque<>();
    private long lastRead;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastRead = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            var page = monitoring.listOpenAfter(lastRead, size());
            exhausted = page.isEmpty();
            buffer.addAll(page);
        }
        ObligationSnapshot next = buffer.poll();
        if (next != null) {
            lastRead = next.id();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }

    private int size() {
        return pageSize == null || pageSize.isBlank()
                ? 200
                : Math.max(1, Math.min(5000, Integer.parseInt(pageSize.strip())));
    }
}
