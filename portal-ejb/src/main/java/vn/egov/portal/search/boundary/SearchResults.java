package vn.egov.portal.search.boundary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.portal.platform.paging.boundary.ResultPage;

/**
 * A page of results, the counts of each facet over all results ({@link #FACETS}, most frequent
 * first), and what the reader may have meant when a word is found nowhere. When words are in very
 * many items, the total and the facet counts are estimated from a sample ({@code approximate}):
 * "about N results".
 */
public record SearchResults(
        ResultPage<SearchHit> hits, Map<String, List<FacetValue>> facets, String suggestion, boolean approximate) {

    public static final String KIND = "kind";
    public static final String SITE = "site";
    public static final String CATEGORY = "category";
    public static final String YEAR = "year";
    public static final List<String> FACETS = List.of(KIND, SITE, CATEGORY, YEAR);

    public SearchResults {
        facets = Map.copyOf(facets);
    }

    public static SearchResults none(ResultPage<SearchHit> empty) {
        return new SearchResults(empty, Map.of(), null, false);
    }

    public List<FacetValue> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }

    public Optional<String> didYouMean() {
        return Optional.ofNullable(suggestion);
    }

    public ResultPage<SearchHit> getHits() {
        return hits;
    }

    public Map<String, List<FacetValue>> getFacets() {
        return facets;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public boolean isApproximate() {
        return approximate;
    }
}
