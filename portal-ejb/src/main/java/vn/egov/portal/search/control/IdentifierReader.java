package vn.egov.portal.search.control;

import java.util.Optional;

/**
 * Reads an exact identifier out of what a reader typed, in the form the feature indexed it under
 * {@link vn.egov.portal.search.entity.Searchable#identifiers()}. A feature whose items have one (the
 * legal register: numbers and symbols) provides a CDI bean of this type, so the engine needs no
 * knowledge of the feature.
 */
public interface IdentifierReader {

    /** The whole key the typed text names ("1/2014/QD-UBND" for "01/2014/QĐ-UBND"), if it is one. */
    Optional<String> key(String typed);

    /** The start shared by the keys of every item the typed text names in part ("15/2010/"). */
    Optional<String> keyPrefix(String typed);

    /** Reads nothing: for an index with no identifiers. */
    IdentifierReader NONE = new IdentifierReader() {
        @Override
        public Optional<String> key(String typed) {
            return Optional.empty();
        }

        @Override
        public Optional<String> keyPrefix(String typed) {
            return Optional.empty();
        }
    };
}
