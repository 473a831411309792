package vn.egov.portal.platform.web;

import java.util.Optional;

/**
 * Turns a readable public address into the page that serves it, e.g. "/tin/12-tieu-de" into
 * "/tin/article.xhtml?id=12". Features contribute their own as application-scoped beans; the routing
 * filter applies them after taking off the language and sub-portal prefixes.
 */
public interface PathRewrite {

    Optional<String> rewrite(String path);
}
