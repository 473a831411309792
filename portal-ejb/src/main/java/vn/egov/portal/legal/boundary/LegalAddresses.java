package vn.egov.portal.legal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.address.boundary.TopLevelPaths;

/** The legal register at "/van-ban/..." (documents by number and symbol) and the e-Gazette at "/cong-bao/". */
@ApplicationScoped
public class LegalAddresses extends TopLevelPaths {

    public LegalAddresses() {
        super("van-ban", "cong-bao");
    }
}
