package vn.egov.portal.leader.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.content.web.PublicPages;
import vn.egov.portal.leader.boundary.LeaderDirectory;
import vn.egov.portal.leader.entity.Leader;
import vn.egov.portal.media.control.RichText;
import vn.egov.portal.platform.i18n.web.PortalLocale;

/** The leaders' list and one leader's profile (Articles 5.1 and 5.9). */
@Named
@RequestScoped
public class LeaderPages {

    @Inject
    LeaderDirectory directory;

    @Inject
    PortalLocale locale;

    private List<Leader> leaders;
    private Leader leader;

    public List<Leader> getLeaders() {
        if (leaders == null) {
            leaders = directory.listLeaders();
        }
        return leaders;
    }

    public void loadProfile() {
        String slug = PublicPages.param("slug");
        leader = slug == null ? null : directory.findLeader(slug).orElse(null);
        if (leader == null) {
            PublicPages.notFound();
        }
    }

    public Leader getLeader() {
        return leader;
    }

    public String getBiography() {
        return RichText.sanitize(leader.biography(locale.getLocale()));
    }

    /** The portrait at the width a page shows, from the media library. */
    public String photo(Leader someone, int width) {
        return someone.getPhotoToken() == null ? null : "/media/" + someone.getPhotoToken() + "/anh.png?w=" + width;
    }
}
