package vn.egov.portal.search.boundary;

import java.time.LocalDate;
import vn.egov.portal.search.entity.SearchKind;

/**
 * One result. The title and snippet are HTML: the item's text escaped, the matched words in
 * {@code <mark>}; nothing else of the markup comes from the item.
 */
public record SearchHit(
        SearchKind kind,
        long id,
        String titleHtml,
        String snippetHtml,
        String address,
        String site,
        String category,
        LocalDate date) {

    /** Faces EL (EE 10) reads JavaBean getters only. */
    public SearchKind getKind() {
        return kind;
    }

    public String getTitleHtml() {
        return titleHtml;
    }

    public String getSnippetHtml() {
        return snippetHtml;
    }

    public String getAddress() {
        return address;
    }

    public String getCategory() {
        return category;
    }

    public LocalDate getDate() {
        return date;
    }
}
