package vn.egov.portal.report.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.FiguresJson;
import vn.egov.portal.report.control.MonthlyFigures;

class MonthlySectionsTest {

    private static Figures.Section empty(String key) {
        return new Figures.Section(key, List.of("agency"), List.of("count"), List.of());
    }

    @Test
    void theSectionsComeInTheReportsOrderAndOnlyTheMissingOnesAreAddedUpAgain() {
        MonthlySections sections = new MonthlySections();
        // As the partitions finish: in any order, and after a restart some never run again.
        sections.add(FiguresJson.write(new Figures("2026-11", List.of(empty(MonthlyFigures.QA)))));
        sections.add(FiguresJson.write(new Figures("2026-11", List.of(empty(MonthlyFigures.ARTICLES)))));
        List<String> addedUp = new ArrayList<>();

        Figures figures = sections.figures("2026-11", key -> {
            addedUp.add(key);
            return empty(key);
        });

        assertThat(figures.period()).isEqualTo("2026-11");
        assertThat(figures.sections()).extracting(Figures.Section::key).isEqualTo(MonthlyFigures.SECTIONS);
        assertThat(addedUp)
                .containsExactly(
                        MonthlyFigures.DEADLINES,
                        MonthlyFigures.ESERVICES,
                        MonthlyFigures.CONSULTATIONS,
                        MonthlyFigures.ACCESS);
    }

    @Test
    void aSectionSentTwiceCountsOnce() {
        MonthlySections sections = new MonthlySections();
        String qa = FiguresJson.write(new Figures("2026-11", List.of(empty(MonthlyFigures.QA))));
        sections.add(qa);
        sections.add(qa);

        Figures figures = sections.figures("2026-11", MonthlySectionsTest::empty);

        assertThat(figures.sections()).hasSize(MonthlyFigures.SECTIONS.size());
    }
}
