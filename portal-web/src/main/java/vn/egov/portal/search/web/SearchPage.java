package vn.egov.portal.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.paging.web.PageLinks;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.search.boundary.FacetValue;
import vn.egov.portal.search.boundary.SearchEngine;
import vn.egov.portal.search.boundary.SearchHit;
import vn.egov.portal.search.boundary.SearchRequest;
import vn.egov.portal.search.boundary.SearchResults;

/**
 * The results page (/tim-kiem, /en/tim-kiem): by GET parameters, so results can be linked and are
 * cached like any public page. Each facet value is a link that narrows the search (and one more
 * click takes it off again).
 */
@Named
@RequestScoped
public class SearchPage {

    public static final int PAGE_SIZE = 10;

    /** The address parameters of the facets, in the order the page shows them. */
    private static final Map<String, String> FACET_PARAMETERS = facetParameters();

    @Inject
    SearchEngine engine;

    @Inject
    HttpServletRequest request;

    @Inject
    PortalLocale locale;

    private PageLinks<SearchHit> pages;
    private SearchResults results;
    private String error;

    /** A facet of the results, as the page lists it. */
    public record Facet(String name, List<FacetLink> values) {

        public String getName() {
            return name;
        }

        public List<FacetLink> getValues() {
            return values;
        }
    }

    /** One value of a facet: its count and the address that narrows to it, or widens again when chosen. */
    public record FacetLink(String value, long count, String href, boolean chosen) {

        public String getValue() {
            return value;
        }

        public long getCount() {
            return count;
        }

        public String getHref() {
            return href;
        }

        public boolean isChosen() {
            return chosen;
        }
    }

    public void load() {
        PageRequest page = PageLinks.requested(request, PAGE_SIZE);
        try {
            results = engine.search(SearchRequest.read(
                    param("q"), param("loai"), param("cong"), param("chuyen-muc"), param("nam"), page));
        } catch (InvalidInputException invalid) {
            error = PortalMessages.get(
                    locale.getLocale(),
                    invalid.fieldErrors().values().iterator().next());
            results = SearchResults.none(ResultPage.empty(PageRequest.first(PAGE_SIZE)));
        }
        List<String> kept = new ArrayList<>(List.of("q"));
        kept.addAll(FACET_PARAMETERS.values());
        pages = PageLinks.around(results.hits(), request, kept.toArray(String[]::new));
    }

    public PageLinks<SearchHit> getPages() {
        return pages;
    }

    public SearchResults getResults() {
        return results;
    }

    public String getError() {
        return error;
    }

    public boolean isIncomplete() {
        return engine.isIncomplete();
    }

    /** The facets that have values, each value a link. */
    public List<Facet> getFacets() {
        List<Facet> facets = new ArrayList<>();
        FACET_PARAMETERS.forEach((facet, parameter) -> {
            List<FacetLink> links = new ArrayList<>();
            for (FacetValue value : results.facet(facet)) {
                boolean chosen = value.value().equals(param(parameter));
                links.add(new FacetLink(
                        value.value(), value.count(), link(parameter, chosen ? null : value.value()), chosen));
            }
            if (!links.isEmpty()) {
                facets.add(new Facet(facet, links));
            }
        });
        return facets;
    }

    /** The search with the suggested words instead of the typed ones, the facets kept. */
    public String getSuggestionLink() {
        return results.suggestion() == null ? null : link("q", results.suggestion());
    }

    /** A result's address in the reader's language; an English article's already carries its /en. */
    public String href(SearchHit hit) {
        return hit.address().startsWith(PortalLocale.ENGLISH_PREFIX + "/")
                ? request.getContextPath() + hit.address()
                : locale.link(hit.address());
    }

    public String param(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** This search with one parameter set (or taken off, for null), from its first page. */
    private String link(String parameter, String value) {
        List<String> query = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of("q"));
        names.addAll(FACET_PARAMETERS.values());
        for (String name : names) {
            String current = name.equals(parameter) ? value : param(name);
            if (current != null) {
                query.add(name + "=" + URLEncoder.encode(current, StandardCharsets.UTF_8));
            }
        }
        String path = PageLinks.readersPath(request);
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    private static Map<String, String> facetParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(SearchResults.KIND, "loai");
        parameters.put(SearchResults.SITE, "cong");
        parameters.put(SearchResults.CATEGORY, "chuyen-muc");
        parameters.put(SearchResults.YEAR, "nam");
        return parameters;
    }
}
