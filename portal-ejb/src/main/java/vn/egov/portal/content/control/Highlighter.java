package vn.egov.portal.content.control;

import java.util.List;

/** Escapes text for HTML and marks the screening hits in it, for the reviewer's eyes. */
public final class Highlighter {

    private Highlighter() {}

    public static String mark(String text, List<ContentScreen.Hit> hits) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + hits.size() * 16);
        int at = 0;
        for (ContentScreen.Hit hit : hits) {
            if (hit.start() < at) {
                continue;
            }
            html.append(escape(text.substring(at, hit.start())))
                    .append("<mark>")
                    .append(escape(text.substring(hit.start(), hit.end())))
                    .append("</mark>");
            at = hit.end();
        }
        return html.append(escape(text.substring(at))).toString();
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
