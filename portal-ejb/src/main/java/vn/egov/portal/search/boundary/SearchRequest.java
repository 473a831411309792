package vn.egov.portal.search.boundary;

import java.util.regex.Pattern;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.search.entity.SearchKind;

/**
 * What a reader asks: the typed words (any text: nothing in it is query syntax) and the facet values
 * chosen, each null for all.
 */
public record SearchRequest(
        String text, SearchKind kind, String site, String category, Integer year, PageRequest page) {

    /** The longest query read; longer is refused as bad input. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,100}");

    public static SearchRequest of(String text, PageRequest page) {
        return new SearchRequest(text, null, null, null, null, page);
    }

    /**
     * The request as typed into a form or an address, every part checked: an unknown kind, a site that
     * is no slug or a year that is not one are bad input naming the parameter ({@code kind},
     * {@code site}, {@code year}); blank means all.
     */
    public static SearchRequest read(
            String text, String kind, String site, String category, String year, PageRequest page) {
        String kindCode = Text.clean(kind);
        String siteSlug = Text.clean(site);
        String yearText = Text.clean(year);
        String categoryName = Text.clean(category);
        if (categoryName != null && (categoryName.length() > MAX_LENGTH || !Text.isStorable(categoryName))) {
            throw InvalidInputException.of("category", "search.error.category");
        }
        if (siteSlug != null && !SLUG.matcher(siteSlug).matches()) {
            throw InvalidInputException.of("site", "search.error.site");
        }
        if (yearText != null && !YEAR.matcher(yearText).matches()) {
            throw InvalidInputException.of("year", "search.error.year");
        }
        return new SearchRequest(
                text,
                kindCode == null
                        ? null
                        : SearchKind.ofCode(kindCode)
                                .orElseThrow(() -> InvalidInputException.of("kind", "search.error.kind")),
                siteSlug,
                categoryName,
                yearText == null ? null : Integer.valueOf(yearText),
                page);
    }
}
