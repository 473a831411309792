package vn.egov.portal.test.container;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.cache.web.PublicQueryParameters;

/**
 * Arquillian runs in-container tests by GETs to its servlet with the test's class and method in the
 * query. Like any address, it sees only the query parameters declared for it.
 */
@ApplicationScoped
public class ArquillianRunnerParameters extends PublicQueryParameters {

    public ArquillianRunnerParameters() {
        at("/ArquillianServletRunnerEE9", "outputMode", "className", "methodName", "cmd");
    }
}
