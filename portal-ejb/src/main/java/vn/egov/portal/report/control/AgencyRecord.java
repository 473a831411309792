package vn.egov.portal.report.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.report.control.SectionTally.Count;

/**
 * What one agency did in the evaluated period, as the evaluation counts it: update deadlines met
 * on time or late, questions answered on time, late or left open past their deadline, e-service
 * applications decided on time or late, and articles published or updated on its portal.
 */
public record AgencyRecord(
        String agency,
        long deadlinesOnTime,
        long deadlinesLate,
        long answeredOnTime,
        long answeredLate,
        long openPastDue,
        long applicationsOnTime,
        long applicationsLate,
        long articles) {

    public static AgencyRecord quiet(String agency) {
        return new AgencyRecord(agency, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public boolean active() {
        return deadlinesOnTime
                        + deadlinesLate
                        + answeredOnTime
                        + answeredLate
                        + openPastDue
                        + applicationsOnTime
                        + applicationsLate
                        + articles
                > 0;
    }

    /**
     * One record per agency of the organisation tree, in its order, from the period's activity (the
     * monthly report's queries over the longer span). Counts of no agency of the tree (rows without
     * an agency) are left out: there is nobody to score for them.
     */
    public static List<AgencyRecord> of(MonthlyFigures.Activity activity) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        activity.agencies().forEach(agency -> counts.put(agency, new long[8]));
        add(counts, activity.deadlines(), 1, MonthlyFigures.ON_TIME, 0, MonthlyFigures.LATE, 1);
        add(counts, activity.questions(), 0, MonthlyFigures.ANSWERED_ON_TIME, 2, MonthlyFigures.ANSWERED_LATE, 3);
        add(counts, activity.questions(), 0, MonthlyFigures.OPEN_PAST_DUE, 4, MonthlyFigures.OPEN_PAST_DUE, 4);
        add(counts, activity.applications(), 1, MonthlyFigures.ON_TIME, 5, MonthlyFigures.LATE, 6);
        add(counts, activity.articles(), 2, MonthlyFigures.PUBLISHED, 7, MonthlyFigures.UPDATED, 7);
        return counts.entrySet().stream()
                .map(entry -> {
                    long[] c = entry.getValue();
                    return new AgencyRecord(entry.getKey(), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
                })
                .toList();
    }

    /** Adds the counts of two columns, named by the label at {@code agencyLabel}, into two slots. */
    private static void add(
            Map<String, long[]> counts,
            List<Count> found,
            int agencyLabel,
            String firstColumn,
            int firstSlot,
            String secondColumn,
            int secondSlot) {
        for (Count count : found) {
            long[] slots = counts.get(count.labels().get(agencyLabel));
            if (slots == null) {
                continue;
            }
            if (count.column().equals(firstColumn)) {
                slots[firstSlot] += count.count();
            } else if (count.column().equals(secondColumn)) {
                slots[secondSlot] += count.count();
            }
        }
    }
}
