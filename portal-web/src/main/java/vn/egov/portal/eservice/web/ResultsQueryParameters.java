package vn.egov.portal.eservice.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.cache.web.PublicQueryParameters;

/** The public results read the month alone; the agency or procedure is in the path. */
@ApplicationScoped
public class ResultsQueryParameters extends PublicQueryParameters {

    public ResultsQueryParameters() {
        at(ResultsPaths.BASE, ServiceResultsPage.MONTH);
    }
}
