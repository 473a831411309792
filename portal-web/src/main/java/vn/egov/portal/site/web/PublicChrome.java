package vn.egov.portal.site.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.platform.address.web.PathRewrite;
import vn.egov.portal.platform.cache.boundary.PerContentVersion;
import vn.egov.portal.platform.chrome.web.PublicLink;
import vn.egov.portal.platform.chrome.web.PublicLinks;
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

    /** Navigation by main portal or not: the contributions are fixed, resolving them was work per render. */
    private final PerContentVersion<Boolean, List<PublicLink>> navigation = new PerContentVersion<>(2);

    /** Home sections by portal: whether a section shows may follow the portal's settings (content). */
    private final PerContentVersion<String, List<HomeSection>> homeSections = new PerContentVersion<>(500);

    /**
     * Drops the script and style resources components ask for, before a public page is rendered.
     * Public pages carry no script and no component library, so their head is plain HTML and these
     * resources would never be written anyway; left in the view, Mojarra says so in every stage, in the
     * page's own message list ("One or more resources have the target of 'head'..."), to citizens.
     */
    public void dropComponentResources(ComponentSystemEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIViewRoot view = faces.getViewRoot();
        for (String target : List.of("head", "body")) {
            for (UIComponent resource : List.copyOf(view.getComponentResources(faces, target))) {
                view.removeComponentResource(faces, resource, target);
            }
        }
    }

    public List<PublicLink> navigationFor(Site site) {
        return navigation.get(site.isMain(), main -> links.stream()
                .flatMap(contribution -> contribution.links().stream())
                .filter(link -> main || link.everySite())
                .sorted(Comparator.comparingInt(PublicLink::order))
                .toList());
    }

    public List<HomeSection> sectionsFor(Site site) {
        return homeSections.get(site.getSlug(), slug -> sections.stream()
                .filter(section -> section.shownOn(site))
                .sorted(Comparator.comparingInt(HomeSection::order))
                .toList());
    }

    /** The address that replaced this path for good, as the first contribution that knows it says. */
    public Optional<String> movedTo(String path) {
        return rewrites.stream()
                .map(rewrite -> rewrite.movedTo(path))
                .flatMap(Optional::stream)
                .findFirst();
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
