package vn.egov.portal.search.entity;

import java.util.Objects;

/**
 * An item that is no longer public (unpublished, withdrawn, erased): fired as a CDI event in the
 * transaction that withdraws it, it leaves the index as soon as that transaction commits.
 */
public record SearchWithdrawal(SearchKind kind, long id) {

    public SearchWithdrawal {
        Objects.requireNonNull(kind, "kind");
    }

    public String key() {
        return Searchable.keyOf(kind, id);
    }
}
