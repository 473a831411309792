package vn.egov.portal.platform.paging.boundary;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and how many items the whole list has: what every paged answer returns, to the
 * API and to the public pages alike. Pages count from 1 ({@link PageRequest}); an empty list has no
 * pages at all, so nothing says "page 1 of 0".
 */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public static <T> ResultPage<T> of(PageRequest request, List<T> items, long totalItems) {
        return new ResultPage<>(items, request.number(), request.size(), totalItems);
    }

    /** Nothing found: what a search shows when its criteria could not be read. */
    public static <T> ResultPage<T> empty(PageRequest request) {
        return of(request, List.of(), 0);
    }

    /** The same page with each item turned into another shape (an API view, a card). */
    public <R> ResultPage<R> map(Function<? super T, ? extends R> shape) {
        return new ResultPage<>(items.stream().<R>map(shape).toList(), page, size, totalItems);
    }

    public int getTotalPages() {
        return (int) ((totalItems + size - 1) / size);
    }

    public boolean isHasNext() {
        return page < getTotalPages();
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    /** The whole list is empty, not only this page. */
    public boolean isEmpty() {
        return totalItems == 0;
    }

    /** A page after the last one; the first page of an empty list is the one that says it is empty. */
    public boolean isPastTheEnd() {
        return page > Math.max(1, getTotalPages());
    }

    /** The position of this page's first item in the whole list, from 1 (a numbered list's start). */
    public long getFirstPosition() {
        return (long) (page - 1) * size + 1;
    }

    /** Faces EL (EE 10) reads JavaBean getters only, not record components. */
    public List<T> getItems() {
        return items;
    }

    public int getPage() {
        return page;
    }

    public int getSize() {
        return size;
    }

    public long getTotalItems() {
        return totalItems;
    }
}
