package vn.egov.portal.leader.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.portal.platform.address.web.PathRewrite;

/** Readable addresses of the leaders' profiles ("/lanh-dao/nguyen-van-a"). */
@ApplicationScoped
public class LeaderPaths implements PathRewrite {

    private static final Pattern LEADER = Pattern.compile("/lanh-dao/([a-z0-9-]{1,120})/?");

    @Override
    public Optional<String> rewrite(String path) {
        return PathRewrite.matching(LEADER, path, leader -> "/lanh-dao/leader.xhtml?slug=" + leader.group(1));
    }
}
