package vn.egov.portal.report.control;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.report.control.EvaluationWeights.Component;

/**
 * The evaluation of Article 20.2: every agency of the organisation tree scored on its information
 * provision in a quarter or a year ({@link AgencyScore}) and ranked, best first. Equal scores (as
 * shown, one decimal) share a rank (1, 2, 2, 4) and are listed by name; agencies with nothing to
 * score (no activity at all) come last, sharing the rank after every scored one, so a quiet agency
 * is shown, not hidden. The weights used are a section of their own: an old report still says how
 * it was computed.
 */
public final class AgencyEvaluation {

    public static final String EVALUATION = "evaluation";
    public static final String COUNTS = "evaluationCounts";
    public static final String WEIGHTS = "weights";

    public static final String REMARK = "remark";
    public static final String COMPONENT = "component";
    public static final String WEIGHT = "weight";
    public static final String RANK = "rank";
    public static final String SCORE = "score";
    public static final String DEADLINES_PERCENT = "deadlinesOnTimePercent";
    public static final String QA_PERCENT = "qaOnTimePercent";
    public static final String ESERVICES_PERCENT = "eservicesOnTimePercent";
    public static final String PUBLISHING_PERCENT = "publishingPercent";
    public static final String DEADLINES_DUE = "deadlinesDue";
    public static final String QUESTIONS_DUE = "questionsDue";
    public static final String APPLICATIONS_DECIDED = "applicationsDecided";
    public static final String ARTICLES = "articlesPublishedOrUpdated";

    private static final List<String> VALUES =
            List.of(RANK, SCORE, DEADLINES_PERCENT, QA_PERCENT, ESERVICES_PERCENT, PUBLISHING_PERCENT);

    /** What each rate counts, a table of its own so that both stay readable on an A4 page. */
    private static final List<String> COUNTED = List.of(DEADLINES_DUE, QUESTIONS_DUE, APPLICATIONS_DECIDED, ARTICLES);

    private static final Locale VI = Language.VIETNAMESE.locale();
    private static final Locale EN = Language.ENGLISH.locale();

    private AgencyEvaluation() {}

    public static Figures of(String period, EvaluationWeights weights, List<AgencyRecord> records) {
        long mostArticles =
                records.stream().mapToLong(AgencyRecord::articles).max().orElse(0);
        List<AgencyScore> scores = new ArrayList<>(records.stream()
                .map(record -> AgencyScore.of(record, mostArticles, weights))
                .toList());
        Collator names = Collator.getInstance(VI);
        scores.sort(Comparator.comparing((AgencyScore score) -> score.score().isEmpty())
                .thenComparing(score -> score.score().orElse(BigDecimal.ZERO), Comparator.reverseOrder())
                .thenComparing(AgencyScore::agency, names));
        List<Figures.Row> rows = new ArrayList<>();
        List<Figures.Row> counts = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            rows.add(row(scores.get(i), rank(scores, i)));
            counts.add(countsOf(scores.get(i)));
        }
        return new Figures(
                period,
                List.of(
                        new Figures.Section(EVALUATION, List.of(MonthlyFigures.AGENCY, REMARK), VALUES, rows),
                        new Figures.Section(COUNTS, List.of(MonthlyFigures.AGENCY), COUNTED, counts),
                        weights(weights)));
    }

    /** The rows of an evaluation's agencies that have a score, in rank order (a chart's bars). */
    public static List<Figures.Row> scored(Figures figures) {
        return figures.section(EVALUATION).rows().stream()
                .filter(row -> row.labels().get(1).isEmpty())
                .toList();
    }

    /** The score of an evaluation's row. */
    public static BigDecimal score(Figures.Row row) {
        return row.values().get(VALUES.indexOf(SCORE));
    }

    /** 1 + the number of agencies ranked strictly above; the unscored all share the rank after the scored. */
    private static int rank(List<AgencyScore> sorted, int index) {
        AgencyScore score = sorted.get(index);
        int rank = index;
        while (rank > 0 && sorted.get(rank - 1).score().equals(score.score())) {
            rank--;
        }
        return rank + 1;
    }

    private static Figures.Row row(AgencyScore score, int rank) {
        AgencyRecord record = score.record();
        List<BigDecimal> values = new ArrayList<>();
        values.add(BigDecimal.valueOf(rank));
        values.add(score.score().orElse(BigDecimal.ZERO.setScale(1)));
        for (Component component : Component.values()) {
            values.add(score.rate(component).percent());
        }
        return new Figures.Row(List.of(record.agency(), remark(score)), values);
    }

    /** The counts behind the rates: what came due or was decided, and the agency's own articles. */
    private static Figures.Row countsOf(AgencyScore score) {
        List<BigDecimal> values = new ArrayList<>();
        for (Component component : Component.values()) {
            values.add(BigDecimal.valueOf(
                    component == Component.PUBLISHING
                            ? score.record().articles()
                            : score.rate(component).of()));
        }
        return new Figures.Row(List.of(score.agency()), values);
    }

    /** Why an agency has no score, or nothing when it has one. */
    private static String remark(AgencyScore score) {
        if (score.score().isPresent()) {
            return "";
        }
        return both(score.record().active() ? "report.evaluation.notScored" : "report.evaluation.noActivity");
    }

    private static Figures.Section weights(EvaluationWeights weights) {
        List<Figures.Row> rows = new ArrayList<>();
        for (Component component : Component.values()) {
            rows.add(new Figures.Row(
                    List.of(both("report.evaluation.component." + component.key())),
                    List.of(BigDecimal.valueOf(weights.of(component)))));
        }
        return new Figures.Section(WEIGHTS, List.of(COMPONENT), List.of(WEIGHT), rows);
    }

    private static String both(String key) {
        return PortalMessages.get(VI, key) + " / " + PortalMessages.get(EN, key);
    }
}
