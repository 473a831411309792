package vn.egov.portal.platform.paging.rest;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.egov.portal.platform.paging.boundary.ResultPage;

/** The one JSON shape of a page of any list in the API, whatever its items are. */
@Schema(
        name = "ResultPage",
        description = "One page of a list. Pages count from 1; an empty list has totalItems 0 and totalPages 0;"
                + " a page past the last has no items.")
public record PageView<T>(
        @Schema(description = "The items of this page; their shape is the operation's") List<T> items,
        @Schema(description = "The number of this page, from 1") int page,
        @Schema(description = "Items per page, 1 to 100") int size,
        @Schema(description = "Items in the whole list") long totalItems,
        @Schema(description = "Pages in the whole list") int totalPages,
        @Schema(description = "Whether another page follows") boolean hasNext) {

    public static <E, T> PageView<T> of(ResultPage<E> page, Function<? super E, ? extends T> view) {
        return new PageView<>(
                page.items().stream().<T>map(view).toList(),
                page.page(),
                page.size(),
                page.totalItems(),
                page.getTotalPages(),
                page.isHasNext());
    }
}
