package vn.egov.portal.search.boundary;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;
import vn.egov.portal.search.entity.Searchable;

/**
 * The one way a {@link SearchSource} reads its next page. Not a static method of that interface:
 * the sources are EJBs, and the container takes an interface's static methods for business methods
 * the bean lacks, with a warning at every start.
 */
public final class SourcePage {

    private SourcePage() {}

    /** A page of a query that names the last id read {@code :after}, each row made a document. */
    public static <T> List<Searchable> of(
            TypedQuery<T> query, long afterId, int max, Function<? super T, Searchable> document) {
        return query.setParameter("after", afterId)
                .setMaxResults(max)
                .getResultStream()
                .<Searchable>map(document)
                .toList();
    }
}
