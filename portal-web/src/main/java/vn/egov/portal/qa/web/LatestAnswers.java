package vn.egov.portal.qa.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.platform.cache.boundary.PerContentVersion;
import vn.egov.portal.qa.boundary.PublishedAnswers;
import vn.egov.portal.qa.boundary.PublishedQa;

/**
 * The newest published answers for the home page block, read once per public content version, and
 * their readable addresses.
 */
@Named
@ApplicationScoped
public class LatestAnswers {

    static final int SHOWN = 5;

    @Inject
    PublishedAnswers published;

    private final PerContentVersion<Integer, List<PublishedQa>> newest = new PerContentVersion<>(1);

    /** Readable addresses of answers shown here and on the Q&A list (the slug is folded from the title). */
    private final PerContentVersion<Long, String> paths = new PerContentVersion<>(2000);

    public List<PublishedQa> getItems() {
        return newest.get(SHOWN, shown -> List.copyOf(published.latest(shown)));
    }

    public String path(PublishedQa qa) {
        return paths.get(qa.id(), id -> QaPaths.pathOf(id, qa.title()));
    }
}
