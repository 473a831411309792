package vn.egov.portal.report.batch;

import jakarta.batch.runtime.context.JobContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.FiguresJson;
import vn.egov.portal.report.control.MonthlyFigures;

/** The sections one execution has computed so far, kept as the job's transient data. */
final class MonthlySections {

    private final List<String> sections = Collections.synchronizedList(new ArrayList<>());

    MonthlySections() {}

    static MonthlySections of(JobContext job) {
        synchronized (job) {
            if (!(job.getTransientUserData() instanceof MonthlySections sections)) {
                MonthlySections fresh = new MonthlySections();
                job.setTransientUserData(fresh);
                return fresh;
            }
            return sections;
        }
    }

    void add(String json) {
        sections.add(json);
    }

    /** Every section of {@code period} in the report's order; one no partition computed is added up by {@code missing}. */
    Figures figures(String period, Function<String, Figures.Section> missing) {
        List<Figures.Section> computed = List.copyOf(sections).stream()
                .map(FiguresJson::read)
                .flatMap(part -> part.sections().stream())
                .toList();
        List<Figures.Section> ordered = new ArrayList<>();
        for (String key : MonthlyFigures.SECTIONS) {
            ordered.add(computed.stream()
                    .filter(section -> section.key().equals(key))
                    .findFirst()
                    .orElseGet(() -> missing.apply(key)));
        }
        return new Figures(period, ordered);
    }
}
