package vn.egov.portal.search.control;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;

/**
 * Snippets as HTML: the item's text escaped, the matched words in {@code <mark>}. Lucene's
 * formatter escapes everything but its own marks; this one also escapes text that had no match.
 */
final class SnippetFormatter extends DefaultPassageFormatter {

    static final String ELLIPSIS = "… ";

    SnippetFormatter() {
        super("<mark>", "</mark>", ELLIPSIS, true);
    }

    String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        append(escaped, text, 0, text.length());
        return escaped.toString();
    }
}
