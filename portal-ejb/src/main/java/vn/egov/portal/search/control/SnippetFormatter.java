package vn.egov.portal.search.control;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;

/**
 * Snippets as HTML: the item's text escaped, the matched words in {@code <mark>}. Lucene's
 * formatter escapes everything but its own marks; this one escapes only what HTML needs, and also
 * text that had no match.
 */
final class SnippetFormatter extends DefaultPassageFormatter {

    static final String ELLIPSIS = "… ";

    SnippetFormatter() {
        super("<mark>", "</mark>", ELLIPSIS, true);
    }

    /** Escapes what HTML needs (&amp;, &lt;, &gt;, both quotes) and nothing more: a "/" stays readable. */
    @Override
    protected void append(StringBuilder dest, String content, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> dest.append("&amp;");
                case '<' -> dest.append("&lt;");
                case '>' -> dest.append("&gt;");
                case '"' -> dest.append("&quot;");
                case '\'' -> dest.append("&#39;");
                default -> dest.append(c);
            }
        }
    }

    String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        append(escaped, text, 0, text.length());
        return escaped.toString();
    }
}
