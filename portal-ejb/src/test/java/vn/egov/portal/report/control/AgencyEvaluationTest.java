package vn.egov.portal.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.portal.report.control.AgencyEvaluation.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.report.control.SectionTally.Count;

/**
 * Five agencies with known answers. Default weights 40/30/20/10:
 * Tài chính: updates 2/2, publishing 0/10 → 100 × (40 + 0) / 50 = 80.0;
 * Tư pháp: updates 3/4, answers 2/4 (one late, one open past due), applications 4/4, articles
 * 10/10 → 30 + 15 + 20 + 10 = 75.0;
 * Dân tộc: answers 2/3, articles 10/10, no updates or applications → 100 × (20 + 10) / 40 = 75.0;
 * Y tế: updates 1/2, answers 3/3, articles 5/10 → 100 × (20 + 30 + 5) / 80 = 68.75 → 68.8;
 * Giáo dục: nothing at all.
 */
class AgencyEvaluationTest {

    private static final String FINANCE = "Sở Tài chính";
    private static final String JUSTICE = "Sở Tư pháp";
    private static final String ETHNIC = "Ban Dân tộc";
    private static final String HEALTH = "Sở Y tế";
    private static final String EDUCATION = "Sở Giáo dục và Đào tạo";

    private final List<AgencyRecord> quarter = List.of(
            new AgencyRecord(JUSTICE, 3, 1, 2, 1, 1, 4, 0, 10),
            new AgencyRecord(HEALTH, 1, 1, 3, 0, 0, 0, 0, 5),
            AgencyRecord.quiet(EDUCATION),
            new AgencyRecord(FINANCE, 2, 0, 0, 0, 0, 0, 0, 0),
            new AgencyRecord(ETHNIC, 0, 0, 2, 0, 1, 0, 0, 10));

    @ParameterizedTest(name = "weights {0}/{1}/{2}/{3}: {4} ranks {5} with {6}")
    @CsvSource({
        "40, 30, 20, 10, Sở Tài chính, 1, 80.0, ''",
        "40, 30, 20, 10, Ban Dân tộc, 2, 75.0, ''",
        "40, 30, 20, 10, Sở Tư pháp, 2, 75.0, ''",
        "40, 30, 20, 10, Sở Y tế, 4, 68.8, ''",
        "40, 30, 20, 10, Sở Giáo dục và Đào tạo, 5, 0.0, Không có hoạt động / No activity",
        "100, 0, 0, 0, Sở Tài chính, 1, 100.0, ''",
        "100, 0, 0, 0, Sở Tư pháp, 2, 75.0, ''",
        "100, 0, 0, 0, Sở Y tế, 3, 50.0, ''",
        "100, 0, 0, 0, Ban Dân tộc, 4, 0.0, Không có tiêu chí có trọng số để tính / No weighted component to score",
        "100, 0, 0, 0, Sở Giáo dục và Đào tạo, 4, 0.0, Không có hoạt động / No activity",
        "0, 0, 0, 1, Sở Tư pháp, 1, 100.0, ''",
        "0, 0, 0, 1, Sở Y tế, 3, 50.0, ''",
        "0, 0, 0, 1, Sở Tài chính, 4, 0.0, ''",
        "25, 25, 25, 25, Sở Tư pháp, 2, 81.3, ''",
        "25, 25, 25, 25, Ban Dân tộc, 1, 83.3, ''",
        "25, 25, 25, 25, Sở Tài chính, 4, 50.0, ''"
    })
    void scoresAndRanksByTheWeights(
            int deadlines,
            int qa,
            int eservices,
            int publishing,
            String agency,
            int rank,
            String score,
            String remark) {
        Figures figures = AgencyEvaluation.of("2026-Q3", weights(deadlines, qa, eservices, publishing), quarter);
        Figures.Section evaluation = figures.section(EVALUATION);
        Figures.Row row = evaluation.rows().stream()
                .filter(each -> each.labels().get(0).equals(agency))
                .findFirst()
                .orElseThrow();
        assertThat(row.labels().get(1)).isEqualTo(remark);
        assertThat(row.values().get(0)).isEqualByComparingTo(String.valueOf(rank));
        assertThat(row.values().get(1)).isEqualByComparingTo(score);
        assertThat(row.values().get(1).scale()).isEqualTo(1);
    }

    @Test
    void theTableIsInRankOrderTiesByNameAndTheQuietLast() {
        Figures.Section evaluation = AgencyEvaluation.of("2026-Q3", EvaluationWeights.defaults(), quarter)
                .section(EVALUATION);
        assertThat(evaluation.rows())
                .extracting(row -> row.labels().get(0) + " " + row.values().get(0))
                .containsExactly(FINANCE + " 1", ETHNIC + " 2", JUSTICE + " 2", HEALTH + " 4", EDUCATION + " 5");
    }

    @Test
    void eachRateIsAPercentageWithTheCountsBehindItInTheirOwnTable() {
        Figures figures = AgencyEvaluation.of("2026-Q3", EvaluationWeights.defaults(), quarter);
        Figures.Section evaluation = figures.section(EVALUATION);
        Figures.Section counts = figures.section(COUNTS);
        assertThat(values(evaluation, JUSTICE)).containsExactly("2", "75.0", "75.0", "50.0", "100.0", "100.0");
        assertThat(values(counts, JUSTICE)).containsExactly("4", "4", "4", "10");
        assertThat(values(evaluation, ETHNIC))
                .as("two of three questions on time is 66.7 %; no updates or applications to count")
                .containsExactly("2", "75.0", "0.0", "66.7", "0.0", "100.0");
        assertThat(values(counts, ETHNIC)).containsExactly("0", "3", "0", "10");
        assertThat(values(evaluation, EDUCATION)).containsExactly("5", "0.0", "0.0", "0.0", "0.0", "0.0");
        assertThat(counts.rows())
                .as("in the ranking's order")
                .extracting(row -> row.labels().get(0))
                .containsExactly(FINANCE, ETHNIC, JUSTICE, HEALTH, EDUCATION);
    }

    @Test
    void theWeightsUsedAreASectionOfTheReport() {
        Figures.Section weights =
                AgencyEvaluation.of("2026", weights(50, 30, 0, 20), quarter).section(WEIGHTS);
        assertThat(weights.rows())
                .extracting(row -> row.labels().get(0) + " = " + row.values().get(0))
                .containsExactly(
                        "Thời hạn cập nhật thông tin / Information update deadlines = 50",
                        "Trả lời hỏi đáp / Answering questions = 30",
                        "Giải quyết dịch vụ công / Deciding e-service applications = 0",
                        "Đăng tin bài / Publishing articles = 20");
    }

    @Test
    void withNobodyPublishingPublishingAppliesToNoAgency() {
        List<AgencyRecord> silent = List.of(new AgencyRecord(JUSTICE, 1, 1, 0, 0, 0, 0, 0, 0));
        Figures.Section evaluation = AgencyEvaluation.of("2026-Q3", EvaluationWeights.defaults(), silent)
                .section(EVALUATION);
        assertThat(evaluation.value(SCORE, JUSTICE, "")).isEqualByComparingTo("50.0");
    }

    @Test
    void theMonthlyQueriesCountsBecomeOneRecordPerAgencyOfTheTree() {
        MonthlyFigures.Activity activity = new MonthlyFigures.Activity(
                List.of(JUSTICE, EDUCATION),
                List.of(
                        new Count(List.of("Tin tức", "Cổng tỉnh", JUSTICE), MonthlyFigures.PUBLISHED, 3),
                        new Count(List.of("Thông báo", "Cổng tỉnh", JUSTICE), MonthlyFigures.UPDATED, 2),
                        new Count(List.of("Tin tức", "Cổng tỉnh", "(chưa xác định)"), MonthlyFigures.PUBLISHED, 9)),
                List.of(
                        new Count(List.of("news", JUSTICE), MonthlyFigures.ON_TIME, 5),
                        new Count(List.of("legal", JUSTICE), MonthlyFigures.ON_TIME, 1),
                        new Count(List.of("news", JUSTICE), MonthlyFigures.LATE, 2)),
                List.of(),
                List.of(
                        new Count(List.of(JUSTICE), MonthlyFigures.RECEIVED, 7),
                        new Count(List.of(JUSTICE), MonthlyFigures.ANSWERED_ON_TIME, 2),
                        new Count(List.of(JUSTICE), MonthlyFigures.ANSWERED_LATE, 1),
                        new Count(List.of(JUSTICE), MonthlyFigures.OPEN_PAST_DUE, 1)),
                List.of(),
                List.of(
                        new Count(List.of("Cấp phép", JUSTICE), MonthlyFigures.ON_TIME, 4),
                        new Count(List.of("Cấp phép", JUSTICE), MonthlyFigures.LATE, 1)),
                List.of(),
                List.of());
        assertThat(AgencyRecord.of(activity))
                .containsExactly(new AgencyRecord(JUSTICE, 6, 2, 2, 1, 1, 4, 1, 5), AgencyRecord.quiet(EDUCATION));
    }

    private static List<String> values(Figures.Section section, String agency) {
        return section.rows().stream()
                .filter(row -> row.labels().get(0).equals(agency))
                .findFirst()
                .orElseThrow()
                .values()
                .stream()
                .map(Object::toString)
                .toList();
    }

    private static EvaluationWeights weights(int deadlines, int qa, int eservices, int publishing) {
        Map<String, String> settings = Map.of(
                "portal.report.evaluation.weight.deadlines", String.valueOf(deadlines),
                "portal.report.evaluation.weight.qa", String.valueOf(qa),
                "portal.report.evaluation.weight.eservices", String.valueOf(eservices),
                "portal.report.evaluation.weight.publishing", String.valueOf(publishing));
        return EvaluationWeights.from(name -> Optional.ofNullable(settings.get(name)));
    }
}
