package vn.egov.portal.legal.boundary;

import java.util.List;

/** One page of a search and how many there are in all. */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public int getTotalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public List<T> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    /** Faces EL (EE 10) reads JavaBean getters only, not record components. */
    public int getPage() {
        return page;
    }
}
