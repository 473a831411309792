package vn.egov.portal.site.boundary;

import vn.egov.portal.site.entity.Site;

/**
 * Who may open, close and keep sub-portals. The answer needs the scoped roles, which name sites, so
 * security implements this for the site feature, and the site feature depends on no security class.
 * Each check throws {@link vn.egov.portal.platform.error.boundary.AccessDeniedException} when refused.
 */
public interface SubPortalAccess {

    /** The system administrator or the main portal's editor-in-chief: opens and closes sub-portals. */
    void requireMainHead();

    /** Those two, or the sub-portal's own editor: keeps its name, contacts, menu and logo. */
    void requireManager(Site site);
}
