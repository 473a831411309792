package vn.egov.portal.platform.batch;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.egov.portal.platform.i18n.control.PortalMessages;

/**
 * A job's or step's exit status as the batch runtime stores it: a code and its numbers
 * ("MAILS_UNDELIVERED 2 3"). The stored text stays language-free, so the API and the job repository
 * carry the same value whoever reads them; operators read it in their own language through the
 * bundle key {@code batch.exit.<code>} with the numbers as arguments.
 */
public record ExitStatus(String code, List<String> arguments) {

    private static final String KEY_PREFIX = "batch.exit.";

    public ExitStatus {
        arguments = List.copyOf(arguments);
    }

    /** The stored form: the code, then each argument, separated by single spaces. */
    public static String of(String code, Object... arguments) {
        return Stream.concat(Stream.of(code), Arrays.stream(arguments).map(String::valueOf))
                .collect(Collectors.joining(" "));
    }

    public static ExitStatus parse(String text) {
        String[] parts = text.strip().split("\\s+");
        return new ExitStatus(parts[0], Arrays.asList(parts).subList(1, parts.length));
    }

    /**
     * The status in the reader's language; a status no bundle entry explains (one written by an
     * older version, or by the runtime itself) is shown as it was stored. Null stays null.
     */
    public static String describe(String stored, Locale locale) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        ExitStatus status = parse(stored);
        ResourceBundle bundle = PortalMessages.bundle(locale);
        if (!bundle.containsKey(KEY_PREFIX + status.code())) {
            return stored;
        }
        MessageFormat format = new MessageFormat(bundle.getString(KEY_PREFIX + status.code()), locale);
        if (format.getFormatsByArgumentIndex().length > status.arguments().size()) {
            return stored;
        }
        return format.format(status.arguments().stream().map(ExitStatus::number).toArray());
    }

    /** Numbers are formatted as numbers (plural choices need them); anything else as text. */
    private static Object number(String argument) {
        try {
            return Long.valueOf(argument);
        } catch (NumberFormatException notANumber) {
            return argument;
        }
    }
}
