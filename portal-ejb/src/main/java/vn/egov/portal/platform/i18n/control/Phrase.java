package vn.egov.portal.platform.i18n.control;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.egov.portal.platform.entity.LocalizedText;

/**
 * A sentence to be shown in the reader's language, kept as a message key and its arguments until a
 * bundle renders it. Control classes explain their answers with phrases, so the same explanation
 * reads in Vietnamese on a page, in English through the API and in either in a mail. Arguments may
 * be phrases themselves (a holiday's name), names kept in both languages, dates, times or lists
 * (joined with commas).
 */
public record Phrase(String key, List<Object> args) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    public String render(ResourceBundle bundle, Locale locale) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        Object[] rendered =
                args.stream().map(arg -> argument(arg, bundle, locale)).toArray();
        return rendered.length == 0 ? pattern : new MessageFormat(pattern, locale).format(rendered);
    }

    /** Several phrases as one text, one sentence after the other. */
    public static String renderAll(List<Phrase> phrases, ResourceBundle bundle, Locale locale) {
        return phrases.stream().map(phrase -> phrase.render(bundle, locale)).collect(Collectors.joining(" "));
    }

    private static Object argument(Object arg, ResourceBundle bundle, Locale locale) {
        if (arg instanceof Phrase phrase) {
            return phrase.render(bundle, locale);
        }
        if (arg instanceof LocalizedText name) {
            return name.in(locale);
        }
        if (arg instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (arg instanceof LocalTime time) {
            return TIME.format(time);
        }
        if (arg instanceof Collection<?> items) {
            return items.stream()
                    .map(item -> String.valueOf(argument(item, bundle, locale)))
                    .collect(Collectors.joining(", "));
        }
        return arg;
    }
}
