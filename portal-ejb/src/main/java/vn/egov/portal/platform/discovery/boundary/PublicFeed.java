package vn.egov.portal.platform.discovery.boundary;

/**
 * A feed of the main portal that crawlers and readers may follow (the sitemap lists every one): a
 * feature that serves one declares it as a bean, so the sitemap names it without knowing the feature.
 */
public interface PublicFeed {

    /** Its address from the portal's root, in Vietnamese (the English one is under "/en"). */
    String path();
}
