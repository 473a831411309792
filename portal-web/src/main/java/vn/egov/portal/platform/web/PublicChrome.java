package vn.egov.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import vn.egov.portal.site.entity.Site;

/** Collects what features contribute to the public pages: navigation entries and home sections. */
@Named
@ApplicationScoped
public class PublicChrome {

    @Inject
    @Any
    Instance<PublicLinks> links;

    @Inject
    @Any
    Instance<HomeSection> sections;

    @Inject
    @Any
    Instance<PathRewrite> rewrites;

    public List<PublicLink> navigationFor(Site site) {
        return links.stream()
                .flatMap(contribution -> contribution.links().stream())
                .filter(link -> site.isMain() || link.everySite())
                .sorted(Comparator.comparingInt(PublicLink::order))
                .toList();
    }

    public List<HomeSection> sectionsFor(Site site) {
        return sections.stream()
                .filter(section -> section.shownOn(site))
                .sorted(Comparator.comparingInt(HomeSection::order))
                .toList();
    }

    /** The first contributed rewrite of the path, or the path itself. */
    public String rewrite(String path) {
        for (PathRewrite rewrite : rewrites) {
            var target = rewrite.rewrite(path);
            if (target.isPresent()) {
                return target.get();
            }
        }
        return path;
    }
}
