package vn.egov.portal.eservice.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.egov.portal.eservice.control.ProcedureDraft.CitationDraft;
import vn.egov.portal.eservice.control.ProcedureDraft.ComponentDraft;
import vn.egov.portal.eservice.entity.DossierComponent;
import vn.egov.portal.eservice.entity.LegalCitation;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * The text form of a procedure's lists, one item a line, shared by the CSV import's cells and the
 * console's text areas so that an official learns one way to write them: steps as they read;
 * components as {@code name; originals; copies; required|optional}; the legal basis as
 * {@code 63/2010/NĐ-CP title}. Numbers and levels are read here too, each with the message key of
 * what went wrong, into the problems map by field.
 */
public final class ProcedureCells {

    private static final Pattern LINES = Pattern.compile("\\R");
    private static final Pattern GROUPING = Pattern.compile("[.,\\s]");

    private ProcedureCells() {}

    /** The non-blank lines of a cell, stripped. */
    public static List<String> lines(String cell) {
        if (Text.isBlank(cell)) {
            return List.of();
        }
        return LINES.splitAsStream(cell)
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** Components, one a line; a line that does not read is a problem at {@code field[i]}. */
    public static List<ComponentDraft> components(String cell, String field, Map<String, String> problems) {
        List<ComponentDraft> components = new ArrayList<>();
        List<String> lines = lines(cell);
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split(";");
            int n = parts.length;
            Boolean required = n >= 4 ? required(parts[n - 1]) : null;
            Integer originals = n >= 4 ? integer(parts[n - 3]) : null;
            Integer copies = n >= 4 ? integer(parts[n - 2]) : null;
            if (required == null || originals == null || copies == null) {
                problems.putIfAbsent(field + "[" + i + "]", "eservice.error.component");
                continue;
            }
            String name =
                    String.join(";", java.util.Arrays.copyOf(parts, n - 3)).strip();
            components.add(new ComponentDraft(name, originals, copies, required));
        }
        return components;
    }

    /** Citations, one a line: the number and symbol, a space, the title. */
    public static List<CitationDraft> citations(String cell) {
        return lines(cell).stream()
                .map(line -> {
                    int space = line.indexOf(' ');
                    return space < 0
                            ? new CitationDraft(line, null)
                            : new CitationDraft(
                                    line.substring(0, space),
                                    line.substring(space + 1).strip());
                })
                .toList();
    }

    /** A fee in VND, grouping dots, commas and spaces allowed ("50.000"); blank or 0 is free. */
    public static Long fee(String cell, String field, Map<String, String> problems) {
        if (Text.isBlank(cell)) {
            return null;
        }
        String digits = GROUPING.matcher(cell.strip()).replaceAll("");
        if (!digits.matches("\\d{1,12}")) {
            problems.putIfAbsent(field, "eservice.error.fee");
            return null;
        }
        return Long.parseLong(digits);
    }

    /** A whole number of working days. */
    public static Integer days(String cell, String field, Map<String, String> problems) {
        Integer days = integer(cell);
        if (days == null) {
            problems.putIfAbsent(field, "eservice.error.processingDays");
        }
        return days;
    }

    /** A constant of the enumeration by its name, any case; blank is null (the draft's rules say missing). */
    public static <E extends Enum<E>> E choice(
            Class<E> type, String cell, String field, String messageKey, Map<String, String> problems) {
        if (Text.isBlank(cell)) {
            return null;
        }
        try {
            return Enum.valueOf(type, cell.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.putIfAbsent(field, messageKey);
            return null;
        }
    }

    /** The components back in their text form, for the console's text area. */
    public static String componentsText(List<DossierComponent> components) {
        return String.join(
                "\n",
                components.stream()
                        .map(c -> c.getName() + "; " + c.getOriginals() + "; " + c.getCopies() + "; "
                                + (c.isRequired() ? "required" : "optional"))
                        .toList());
    }

    /** The legal basis back in its text form. */
    public static String citationsText(List<LegalCitation> citations) {
        return String.join("\n", citations.stream().map(LegalCitation::text).toList());
    }

    private static Integer integer(String text) {
        String value = text == null ? "" : text.strip();
        return value.matches("\\d{1,4}") ? Integer.valueOf(value) : null;
    }

    private static Boolean required(String text) {
        String value = Text.fold(text.strip()).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "required", "yes", "true", "bat buoc", "co" -> Boolean.TRUE;
            case "optional", "no", "false", "khong bat buoc", "khong", "tuy chon" -> Boolean.FALSE;
            default -> null;
        };
    }
}
