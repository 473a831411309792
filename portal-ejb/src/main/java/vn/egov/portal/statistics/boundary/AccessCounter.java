package vn.egov.portal.statistics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import vn.egov.portal.statistics.control.AccessTally;
import vn.egov.portal.statistics.entity.AccessKind;

/**
 * Where every public request is counted (issue 16). Not an enterprise bean on purpose: it is on the
 * path of every cached page, and an atomic add in memory must not pay for a container call, a
 * security check and a transaction. {@link AccessCounts} stores the tally once a minute.
 */
@ApplicationScoped
public class AccessCounter {

    private final AccessTally tally = new AccessTally();

    @Inject
    Clock clock;

    /** One request served, counted on the portal's date. */
    public void count(AccessKind kind) {
        tally.count(LocalDate.now(clock), kind);
    }

    AccessTally tally() {
        return tally;
    }
}
