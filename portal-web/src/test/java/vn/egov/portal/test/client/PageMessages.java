package vn.egov.portal.test.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The messages a page shows its reader (the message lists and the messages next to fields), and
 * whether each is one the portal wrote: a text of its bundles, in either language, with its
 * arguments filled in. Anything else is a framework's message for developers, which no citizen
 * should see.
 */
public final class PageMessages {

    private static final Pattern LIST =
            Pattern.compile("<ul[^>]*class=\"[^\"]*form-errors[^\"]*\"[^>]*>(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("<li[^>]*>(.*?)</li>", Pattern.DOTALL);
    private static final Pattern FIELD =
            Pattern.compile("<span[^>]*class=\"[^\"]*field-error[^\"]*\"[^>]*>(.*?)</span>", Pattern.DOTALL);
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+(?:,[^}]*)?}");
    private static final List<Pattern> PORTAL_TEXTS = portalTexts();

    private PageMessages() {}

    /** The texts of the page's messages, unescaped and with white space folded. */
    public static List<String> shown(String html) {
        List<String> messages = new ArrayList<>();
        Matcher lists = LIST.matcher(html);
        while (lists.find()) {
            ITEM.matcher(lists.group(1))
                    .results()
                    .map(item -> text(item.group(1)))
                    .forEach(messages::add);
        }
        FIELD.matcher(html).results().map(field -> text(field.group(1))).forEach(messages::add);
        return messages.stream().filter(message -> !message.isEmpty()).toList();
    }

    /** The messages of the page that the portal did not write. */
    public static List<String> notThePortals(String html) {
        return shown(html).stream().filter(message -> !isPortalText(message)).toList();
    }

    public static boolean isPortalText(String message) {
        return PORTAL_TEXTS.stream().anyMatch(text -> text.matcher(message).matches());
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]*>", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static List<Pattern> portalTexts() {
        return Stream.of("messages_vi.properties", "messages_en.properties")
                .flatMap(bundle -> load(bundle).values().stream())
                .map(Object::toString)
                .filter(text -> !ARGUMENT.matcher(text).replaceAll("").isBlank())
                .map(PageMessages::toPattern)
                .collect(Collectors.toList());
    }

    /**
     * A bundle text as a pattern: its arguments match anything, the rest only itself. Texts that are
     * nothing but an argument are left out, as they would match any message at all.
     */
    private static Pattern toPattern(String text) {
        String unquoted = text.replace("''", "'").replaceAll("\\s+", " ").strip();
        StringBuilder pattern = new StringBuilder();
        int from = 0;
        Matcher arguments = ARGUMENT.matcher(unquoted);
        while (arguments.find()) {
            pattern.append(Pattern.quote(unquoted.substring(from, arguments.start())))
                    .append(".+?");
            from = arguments.end();
        }
        pattern.append(Pattern.quote(unquoted.substring(from)));
        return Pattern.compile(pattern.toString(), Pattern.DOTALL);
    }

    private static Properties load(String bundle) {
        Properties texts = new Properties();
        try (InputStream in = PageMessages.class.getResourceAsStream("/vn/egov/portal/i18n/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
