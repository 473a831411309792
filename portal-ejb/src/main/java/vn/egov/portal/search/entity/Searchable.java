package vn.egov.portal.search.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a feature makes public, as the search engine indexes it. A feature fires it as a CDI event
 * in the transaction that publishes or changes the item; the engine indexes it only once that
 * transaction has committed. The same shape feeds the rebuild ({@code SearchSource}).
 *
 * @param id the item's id within its kind
 * @param site the slug of the sub-portal it belongs to, or null for the main portal
 * @param category the name readers know its category, type or field by (a facet), or null
 * @param text plain text, no markup: what the snippet is cut from
 * @param address the public path of the item, from the portal's root ("/van-ban/2014/1/qd-ubnd")
 * @param identifiers exact keys the item is also found by (a legal document's number and symbol key)
 */
public record Searchable(
        SearchKind kind,
        long id,
        String site,
        String category,
        LocalDate date,
        String title,
        String text,
        String address,
        List<String> identifiers) {

    public Searchable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(address, "address");
        text = text == null ? "" : text;
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /** The index's key of the item: kind and id. */
    public String key() {
        return keyOf(kind, id);
    }

    public static String keyOf(SearchKind kind, long id) {
        return kind.code() + ":" + id;
    }
}
