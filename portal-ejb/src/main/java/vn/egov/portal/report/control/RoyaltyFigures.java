package vn.egov.portal.report.control;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The month's royalty statements (nhuận bút, Articles 12.1 and 17.3) as a report's figures: one
 * summary section (an author's works and total) and then one section per author, all with the key
 * {@link #AUTHOR}, in the summary's order. Each author's section is a table of its own because
 * that is what {@link ReportDocument}, the API view and the dashboard already draw, one after the
 * other, so none of them needs to know about statements; the author's name is the first label of
 * every row, which keeps each section readable on its own (one author's file is that section alone).
 * An author is one person across all sites: the account when the work names one, else the name.
 */
public final class RoyaltyFigures {

    public static final String SUMMARY = "royaltySummary";
    public static final String AUTHOR = "royaltyAuthor";

    public static final String AUTHOR_NAME = "author";
    public static final String WORK = "work";
    public static final String SITE = "site";
    public static final String PUBLISHED_ON = "publishedOn";
    public static final String WORKS = "works";
    public static final String SHARE = "sharePercent";
    public static final String AMOUNT = "amountVnd";
    public static final String TOTAL = "totalVnd";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RoyaltyFigures() {}

    /** One author's part of one work published in the month, as the ledger fixed it. */
    public record Work(
            String author,
            String account,
            String title,
            String site,
            LocalDate publishedOn,
            int sharePercent,
            BigDecimal amount) {

        public Work {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(publishedOn, "publishedOn");
            Objects.requireNonNull(amount, "amount");
        }

        String person() {
            return account == null || account.isBlank() ? "name:" + author : "account:" + account;
        }
    }

    /**
     * The statements of {@code period}: authors by name in Vietnamese order (Ă after A, Đ after D),
     * each one's works by publication day and title. No works is a summary without rows.
     */
    public static Figures of(String period, List<Work> works) {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        Map<String, List<Work>> byPerson = new LinkedHashMap<>();
        works.forEach(work -> byPerson.computeIfAbsent(work.person(), person -> new ArrayList<>())
                .add(work));
        List<List<Work>> authors = byPerson.values().stream()
                .map(own -> own.stream()
                        .sorted(Comparator.comparing(Work::publishedOn)
                                .thenComparing(Work::title, vietnamese)
                                .thenComparing(Work::site, vietnamese))
                        .toList())
                .sorted(Comparator.comparing((List<Work> own) -> own.get(0).author(), vietnamese)
                        .thenComparing(own -> own.get(0).person()))
                .toList();
        List<Figures.Section> sections = new ArrayList<>();
        sections.add(new Figures.Section(
                SUMMARY,
                List.of(AUTHOR_NAME),
                List.of(WORKS, TOTAL),
                authors.stream()
                        .map(own -> new Figures.Row(
                                List.of(own.get(0).author()), List.of(BigDecimal.valueOf(own.size()), total(own))))
                        .toList()));
        authors.forEach(own -> sections.add(statementOf(own)));
        return new Figures(period, sections);
    }

    /** How many authors have a statement in these figures. */
    public static int count(Figures figures) {
        return figures.section(SUMMARY).rows().size();
    }

    /** Author {@code n}'s statement (from 1, in the summary's order), if there is one. */
    public static Optional<Figures.Section> statement(Figures figures, int n) {
        List<Figures.Section> statements = figures.sections().stream()
                .filter(section -> section.key().equals(AUTHOR))
                .toList();
        return n < 1 || n > statements.size() ? Optional.empty() : Optional.of(statements.get(n - 1));
    }

    /** The amounts of a statement added up. */
    public static BigDecimal total(Figures.Section statement) {
        int amount = statement.valueColumns().indexOf(AMOUNT);
        return statement.rows().stream().map(row -> row.values().get(amount)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Figures.Section statementOf(List<Work> own) {
        return new Figures.Section(
                AUTHOR,
                List.of(AUTHOR_NAME, WORK, SITE, PUBLISHED_ON),
                List.of(SHARE, AMOUNT),
                own.stream()
                        .map(work -> new Figures.Row(
                                List.of(own.get(0).author(), work.title(), work.site(), DAY.format(work.publishedOn())),
                                List.of(BigDecimal.valueOf(work.sharePercent()), work.amount())))
                        .toList());
    }

    private static BigDecimal total(List<Work> own) {
        return own.stream().map(Work::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
