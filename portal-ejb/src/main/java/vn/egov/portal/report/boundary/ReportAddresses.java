package vn.egov.portal.report.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.address.boundary.TopLevelPaths;

/**
 * Published statistics at "/thong-ke/bao-cao/{id}". The statistics category itself lives at
 * "/chuyen-muc/thong-ke", like every category, so the two never meet.
 */
@ApplicationScoped
public class ReportAddresses extends TopLevelPaths {

    public ReportAddresses() {
        super("thong-ke");
    }
}
