package vn.egov.portal.media.control;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one policy for rich text written in the portal (articles, biographies, answers): paragraphs,
 * headings, lists, tables, links and images from the portal's own media or over HTTPS. Scripts, event
 * handlers, styles, frames and forms are removed. Applied when text is stored and again when it is
 * rendered, so a policy change protects old records too.
 */
public final class RichText {

    private static final Pattern IMAGE_SOURCE =
            Pattern.compile("(/media/[A-Za-z0-9]+/[^\\s\"'<>]*|https://[^\\s\"'<>]+)");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("img", "figure", "figcaption", "hr")
                    .allowAttributes("alt", "title")
                    .onElements("img")
                    .allowAttributes("width", "height")
                    .matching(Pattern.compile("\\d{1,4}"))
                    .onElements("img")
                    .allowAttributes("src")
                    .matching(IMAGE_SOURCE)
                    .onElements("img")
                    .allowUrlProtocols("https")
                    .toFactory());

    private RichText() {}

    /** Safe HTML; null stays null. */
    public static String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }

    /** The text without any markup, for summaries, feeds and search. */
    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        String noTags = html.replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#34;", "\"")
                .replace("&amp;", "&");
        return noTags.replaceAll("\\s+", " ").strip();
    }
}
