package vn.egov.portal.leader.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.address.boundary.TopLevelPaths;

/** The leaders and their weekly schedules at "/lanh-dao/...". */
@ApplicationScoped
public class LeaderAddresses extends TopLevelPaths {

    public LeaderAddresses() {
        super("lanh-dao");
    }
}
