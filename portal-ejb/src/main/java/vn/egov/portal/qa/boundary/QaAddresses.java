package vn.egov.portal.qa.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.address.boundary.TopLevelPaths;

/** Questions and answers at "/hoi-dap/...": the list, the form, the look-up and each published answer. */
@ApplicationScoped
public class QaAddresses extends TopLevelPaths {

    public QaAddresses() {
        super("hoi-dap");
    }
}
