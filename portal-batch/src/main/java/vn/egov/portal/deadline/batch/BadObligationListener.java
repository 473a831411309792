package vn.egov.portal.deadline.batch;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.logging.Logger;
import vn.egov.portal.deadline.control.InvalidObligationException;

/**
 * Reports each obligation the monitor skipped, by id and problem only (no titles or names), so an
 * administrator can repair the record; the step's skip count shows how many.
 */
@Dependent
@Named("badObligationListener")
public class BadObligationListener implements SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(BadObligationListener.class.getName());

    @Override
    public void onSkipProcessItem(Object item, Exception problem) {
        String reason = problem instanceof InvalidObligationException invalid
                ? invalid.getMessage()
                : problem.getClass().getSimpleName();
        LOG.warning(() -> "deadline-monitor skipped a record: " + reason);
    }
}
