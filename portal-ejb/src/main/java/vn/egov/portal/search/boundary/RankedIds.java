package vn.egov.portal.search.boundary;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;

/**
 * The ids of one kind of item that typed words find, best first ({@link SearchEngine#rank}): how a
 * feature's own list searches by words without a query of its own. The feature keeps those of the
 * ids its other criteria accept (one query, {@code id in :ids}), and {@link #page} loads the rows of
 * the page asked for, in the engine's order.
 *
 * @param ids best first, at most {@link #MAX}
 */
public record RankedIds(List<Long> ids) {

    /** The most items one search ranks; a list by words ends there. */
    public static final int MAX = 1000;

    public static final RankedIds NONE = new RankedIds(List.of());

    public RankedIds {
        ids = List.copyOf(ids);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /**
     * A page of the ranked items that the feature's criteria accept.
     *
     * @param accepted the given ids that the feature's other criteria keep, in any order
     * @param load the rows of the given ids, in any order
     */
    public <T> ResultPage<T> page(
            PageRequest page,
            Function<List<Long>, Collection<Long>> accepted,
            Function<List<Long>, List<T>> load,
            ToLongFunction<T> idOf) {
        if (ids.isEmpty()) {
            return ResultPage.empty(page);
        }
        Set<Long> kept = new HashSet<>(accepted.apply(ids));
        List<Long> ranked = ids.stream().filter(kept::contains).toList();
        int from = Math.min(page.offset(), ranked.size());
        List<Long> wanted = ranked.subList(from, Math.min(from + page.size(), ranked.size()));
        if (wanted.isEmpty()) {
            return ResultPage.of(page, List.of(), ranked.size());
        }
        Map<Long, T> rows = load.apply(wanted).stream().collect(Collectors.toMap(idOf::applyAsLong, row -> row));
        List<T> items = wanted.stream().filter(rows::containsKey).map(rows::get).toList();
        return ResultPage.of(page, items, ranked.size());
    }
}
