package vn.egov.portal.deadline.batch;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.egov.portal.deadline.entity.DeadlineStatus;
import vn.egov.portal.platform.i18n.control.Phrase;

/**
 * Writes a digest of deadline alerts as a plain-text mail, Vietnamese first and English below,
 * from the portal's message bundles. Pure: the bundles come in, a subject and body go out.
 * A digest lists at most {@link #MAX_LINES} alerts, the most urgent first, and counts the rest: a
 * unit with thousands of late items needs the dashboard, not a mail of half a megabyte (which the
 * outbox would refuse, failing the job every day).
 */
final class DigestComposer {

    static final int MAX_LINES = 40;
    static final int MAX_TITLE = 120;

    private static final Comparator<Line> MOST_URGENT_FIRST = Comparator.comparing(
                    Line::level, Comparator.reverseOrder())
            .thenComparing(Line::dueDate)
            .thenComparing(Line::title);

    /** One alert as the mail lists it. */
    record Line(String title, String unitName, DeadlineStatus level, LocalDate dueDate) {}

    /** The composed mail. */
    record Mail(String subject, String body) {}

    private final Function<Locale, ResourceBundle> bundles;

    DigestComposer(Function<Locale, ResourceBundle> bundles) {
        this.bundles = bundles;
    }

    Mail forUnit(String unitName, List<Line> lines) {
        return compose("deadline.mail.unit", unitName, lines, false);
    }

    Mail forBoard(List<Line> lines) {
        return compose("deadline.mail.board", null, lines, true);
    }

    private Mail compose(String prefix, String unitName, List<Line> lines, boolean board) {
        Locale vi = Locale.forLanguageTag("vi");
        Locale en = Locale.ENGLISH;
        String subject = text(vi, Phrase.of(prefix + ".subject", lines.size())) + " | "
                + text(en, Phrase.of(prefix + ".subject", lines.size()));
        String body =
                block(vi, prefix, unitName, lines, board) + "\n\n---\n\n" + block(en, prefix, unitName, lines, board);
        return new Mail(subject, body);
    }

    private String block(Locale locale, String prefix, String unitName, List<Line> lines, boolean board) {
        String items = lines.stream()
                .sorted(MOST_URGENT_FIRST)
                .limit(MAX_LINES)
                .map(line -> text(
                        locale,
                        Phrase.of(
                                board ? "deadline.mail.boardLine" : "deadline.mail.line",
                                Phrase.of("deadline.status." + line.level().name()),
                                shortened(line.title()),
                                line.dueDate(),
                                line.unitName())))
                .collect(Collectors.joining("\n"));
        String more = lines.size() > MAX_LINES
                ? "\n" + text(locale, Phrase.of("deadline.mail.more", lines.size() - MAX_LINES))
                : "";
        return text(locale, Phrase.of(prefix + ".intro", unitName == null ? "" : unitName)) + "\n\n" + items + more
                + "\n\n" + text(locale, Phrase.of("deadline.mail.footer"));
    }

    private static String shortened(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }

    private String text(Locale locale, Phrase phrase) {
        return phrase.render(bundles.apply(locale), locale);
    }
}
