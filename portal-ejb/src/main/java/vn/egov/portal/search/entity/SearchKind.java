package vn.egov.portal.search.entity;

import java.util.Arrays;
import java.util.Optional;

/** What a search result is; the code is the facet value and the {@code kind} parameter of the API. */
public enum SearchKind {
    ARTICLE("article"),
    LEGAL_DOCUMENT("legal"),
    ANSWER("qa"),
    CONSULTATION("consultation"),
    PROCEDURE("procedure");

    private final String code;

    SearchKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The bundle key of the kind's name. */
    public String labelKey() {
        return "search.kind." + code;
    }

    public static Optional<SearchKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
