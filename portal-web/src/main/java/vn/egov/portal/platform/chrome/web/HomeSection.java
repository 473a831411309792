package vn.egov.portal.platform.chrome.web;

import vn.egov.portal.site.entity.Site;

/**
 * A block of the public home page, contributed by a feature: its place (lower first) and the facelet
 * fragment that renders it (e.g. {@code /WEB-INF/sections/top-news.xhtml}). Implement it as an
 * application-scoped bean; the home page includes every section shown on the current portal.
 */
public interface HomeSection {

    int order();

    String fragment();

    default boolean shownOn(Site site) {
        return true;
    }
}
