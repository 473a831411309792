package vn.egov.portal.setup.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Loads one demo data set in a transaction of its own, together with its seed-log claim. */
@Stateless
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
