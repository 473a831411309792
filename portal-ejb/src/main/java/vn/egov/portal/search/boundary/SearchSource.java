package vn.egov.portal.search.boundary;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;
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

    /** A page of a query that names the last id read {@code :after}, each row made a document. */
    static <T> List<Searchable> page(
            TypedQuery<T> query, long afterId, int max, Function<? super T, Searchable> document) {
        return query.setParameter("after", afterId)
                .setMaxResults(max)
                .getResultStream()
                .<Searchable>map(document)
                .toList();
    }
}
