package vn.egov.portal.qa.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.qa.boundary.PublishedAnswers;
import vn.egov.portal.qa.boundary.PublishedQa;

/** The newest published answers for the home page block, and their readable addresses. */
@Named
@RequestScoped
public class LatestAnswers {

    static final int SHOWN = 5;

    @Inject
    PublishedAnswers published;

    private List<PublishedQa> items;

    public List<PublishedQa> getItems() {
        if (items == null) {
            items = published.latest(SHOWN);
        }
        return items;
    }

    public String path(PublishedQa qa) {
        return QaPaths.pathOf(qa.id(), qa.title());
    }
}
