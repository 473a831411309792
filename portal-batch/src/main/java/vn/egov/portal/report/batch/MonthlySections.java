package vn.egov.portal.report.batch;

import jakarta.batch.runtime.context.JobContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.FiguresJson;
import vn.egov.portal.report.control.MonthlyFigures;

/** The sections one execution has computed so far, kept as the job's transient data. */
final class MonthlySections {

    private final List<String> sections = Collections.synchronizedList(new ArrayList<>());

    private MonthlySections() {}

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

    boolean isEmpty() {
        return sections.isEmpty();
    }

    void add(String json) {
        sections.add(json);
    }

    /** Every section in the report's order; refused when a partition's section is missing. */
    Figures figures() {
        List<Figures> parts =
                List.copyOf(sections).stream().map(FiguresJson::read).toList();
        if (parts.isEmpty()) {
            throw new IllegalStateException("No section of the monthly report was computed");
        }
        List<Figures.Section> ordered = new ArrayList<>();
        for (String key : MonthlyFigures.SECTIONS) {
            ordered.add(parts.stream()
                    .flatMap(part -> part.sections().stream())
                    .filter(section -> section.key().equals(key))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Section " + key + " was not computed")));
        }
        return new Figures(parts.get(0).period(), ordered);
    }
}
