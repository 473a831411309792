package vn.egov.portal.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.portal.report.control.RoyaltyFigures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoyaltyFiguresTest {

    private static final String PROVINCE = "Cổng tỉnh";
    private static final String JUSTICE = "Sở Tư pháp";

    /**
     * November: a work shared 60/40 on the province's portal, a work of the justice department's
     * sub-portal by one of the same authors, and authors whose names sort differently in Vietnamese
     * than by code point (Đ after D, Ă after A).
     */
    private final Figures november = RoyaltyFigures.of(
            "2026-11",
            List.of(
                    work("Lương Văn Tâm", "congtacvien", "Khánh thành cầu treo", PROVINCE, 12, 60, 180_000),
                    work("Nông Văn Ảnh", null, "Khánh thành cầu treo", PROVINCE, 12, 40, 120_000),
                    work("Lương Văn Tâm", "congtacvien", "Trợ giúp pháp lý lưu động", JUSTICE, 3, 100, 200_000),
                    work("Đinh Thị Hoa", "hoa", "Mùa lúa mới", PROVINCE, 20, 100, 150_000),
                    work("Dương Văn Bình", null, "Chợ phiên", JUSTICE, 5, 100, 100_000),
                    work("Ăn Văn Cường", null, "Lễ hội", PROVINCE, 7, 100, 90_000)));

    @Test
    void theSummaryListsEachAuthorOnceInVietnameseOrderWithWorksAndTotal() {
        Figures.Section summary = november.section(SUMMARY);
        assertThat(summary.rows())
                .extracting(row -> row.labels().get(0))
                .containsExactly("Ăn Văn Cường", "Dương Văn Bình", "Đinh Thị Hoa", "Lương Văn Tâm", "Nông Văn Ảnh");
        assertThat(summary.value(WORKS, "Lương Văn Tâm")).isEqualByComparingTo("2");
        assertThat(summary.value(TOTAL, "Lương Văn Tâm")).isEqualByComparingTo("380000");
        assertThat(summary.value(TOTAL, "Nông Văn Ảnh")).isEqualByComparingTo("120000");
        assertThat(RoyaltyFigures.count(november)).isEqualTo(5);
    }

    @Test
    void anAuthorOfTwoSitesHasOneStatementNamingTheSitePerWorkByDay() {
        Figures.Section tam = RoyaltyFigures.statement(november, 4).orElseThrow();
        assertThat(tam.key()).isEqualTo(AUTHOR);
        assertThat(tam.rows())
                .extracting(row -> String.join(" | ", row.labels()))
                .containsExactly(
                        "Lương Văn Tâm | Trợ giúp pháp lý lưu động | Sở Tư pháp | 03/11/2026",
                        "Lương Văn Tâm | Khánh thành cầu treo | Cổng tỉnh | 12/11/2026");
        assertThat(tam.value(SHARE, "Lương Văn Tâm", "Khánh thành cầu treo", PROVINCE, "12/11/2026"))
                .isEqualByComparingTo("60");
        assertThat(RoyaltyFigures.total(tam)).isEqualByComparingTo("380000");
    }

    @ParameterizedTest(name = "statement {0} is {1}''s, {2} VND")
    @CsvSource({
        "1, Ăn Văn Cường, 90000",
        "2, Dương Văn Bình, 100000",
        "3, Đinh Thị Hoa, 150000",
        "4, Lương Văn Tâm, 380000",
        "5, Nông Văn Ảnh, 120000"
    })
    void statementsFollowTheSummarysOrder(int n, String author, long total) {
        Figures.Section statement = RoyaltyFigures.statement(november, n).orElseThrow();
        assertThat(statement.rows())
                .allSatisfy(row -> assertThat(row.labels().get(0)).isEqualTo(author));
        assertThat(RoyaltyFigures.total(statement)).isEqualByComparingTo(BigDecimal.valueOf(total));
        assertThat(november.section(SUMMARY).value(TOTAL, author)).isEqualByComparingTo(BigDecimal.valueOf(total));
    }

    @ParameterizedTest
    @CsvSource({"0", "6", "-1"})
    void thereIsNoStatementOutsideTheSummary(int n) {
        assertThat(RoyaltyFigures.statement(november, n)).isEmpty();
    }

    @Test
    void twoPeopleOfOneNameAreTwoStatementsWhileOneAccountIsOnePersonWhateverTheName() {
        Figures figures = RoyaltyFigures.of(
                "2026-11",
                List.of(
                        work("Hoàng Văn Nam", null, "Tin một", PROVINCE, 1, 100, 100_000),
                        work("Hoàng Văn Nam", "nam2", "Tin hai", JUSTICE, 2, 100, 100_000),
                        work("Hoàng Văn Nam", "nam2", "Tin ba", PROVINCE, 3, 100, 50_000)));
        assertThat(figures.section(SUMMARY).rows())
                .extracting(row -> row.values().get(1))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("100000"), new BigDecimal("150000"));
        assertThat(RoyaltyFigures.count(figures)).isEqualTo(2);
    }

    @Test
    void aMonthWithoutRoyaltiesIsASummaryWithoutStatements() {
        Figures quiet = RoyaltyFigures.of("2026-02", List.of());
        assertThat(quiet.sections()).extracting(Figures.Section::key).containsExactly(SUMMARY);
        assertThat(RoyaltyFigures.count(quiet)).isZero();
        assertThat(RoyaltyFigures.statement(quiet, 1)).isEmpty();
    }

    @Test
    void theStatementsSurviveTheStoredJson() {
        Figures stored = FiguresJson.read(FiguresJson.write(november));
        assertThat(stored).isEqualTo(november);
        assertThat(RoyaltyFigures.statement(stored, 5).orElseThrow().rows())
                .singleElement()
                .satisfies(row -> assertThat(row.labels())
                        .containsExactly("Nông Văn Ảnh", "Khánh thành cầu treo", PROVINCE, "12/11/2026"));
    }

    private static Work work(
            String author, String account, String title, String site, int day, int share, long amount) {
        return new Work(author, account, title, site, LocalDate.of(2026, 11, day), share, BigDecimal.valueOf(amount));
    }
}
