package vn.egov.portal.setup.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Loads one demo data set in a transaction of its own, together with its seed-log claim. */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
public class DemoRunner {

    @Inject
    SeedLog seedLog;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean loadOnce(DemoDataset dataset) {
        if (!seedLog.claim(dataset.key())) {
            return false;
        }
        dataset.load();
        return true;
    }
}
