package vn.egov.portal.search.control;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The fields of the index and how each is analysed. */
final class SearchFields {

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String SITE = "site";
    static final String CATEGORY = "category";
    static final String YEAR = "year";
    static final String DATE = "date";
    static final String ADDRESS = "address";
    /** Folded: what every word must match in. */
    static final String TITLE = "title";

    static final String TEXT = "text";
    /** Diacritics kept: a match here only ranks higher. */
    static final String TITLE_EXACT = "title.exact";

    static final String TEXT_EXACT = "text.exact";
    static final String IDENTIFIER = "identifier";

    private SearchFields() {}

    static Analyzer analyzer() {
        Analyzer exact = VietnameseAnalyzer.exact();
        return new PerFieldAnalyzerWrapper(VietnameseAnalyzer.folded(), Map.of(TITLE_EXACT, exact, TEXT_EXACT, exact));
    }
}
