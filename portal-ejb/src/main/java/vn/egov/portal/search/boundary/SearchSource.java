package vn.egov.portal.search.boundary;

import java.util.List;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.Searchable;

/**
 * What a feature gives the rebuild of the index: its public items of one kind, a page at a time in
 * id order. A feature provides it as a bean; the engine and the {@code search-reindex} job know the
 * features only through this type, so every dependency runs from the features to search.
 */
public interface SearchSource {

    SearchKind kind();

    /** The public items with an id above {@code afterId}, in id order, at most {@code max}. */
    List<Searchable> after(long afterId, int max);
}
