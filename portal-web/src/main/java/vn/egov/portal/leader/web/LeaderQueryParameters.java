package vn.egov.portal.leader.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.cache.web.PublicQueryParameters;

/** The leaders' weekly schedule: the week shown. Nothing else in the query reaches these pages or their cache keys. */
@ApplicationScoped
public class LeaderQueryParameters extends PublicQueryParameters {

    public LeaderQueryParameters() {
        at("/lanh-dao", "tuan");
    }
}
