package vn.egov.portal.qa.boundary;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.deadline.entity.DeadlineStatus;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.site.entity.OrgUnit;

/** One agency's open questions on the dashboard: how many, how many due soon, how many overdue. */
public record AgencyLoad(String agencyCode, LocalizedText agencyName, int open, int dueSoon, int overdue) {

    /** The loads of the agencies holding these questions, the most overdue first. */
    public static List<AgencyLoad> tally(List<OpenQuestion> questions) {
        Map<OrgUnit, int[]> counts = new LinkedHashMap<>();
        for (OpenQuestion open : questions) {
            int[] count = counts.computeIfAbsent(open.question().getAgency(), unit -> new int[3]);
            count[0]++;
            count[1] += open.status() == DeadlineStatus.DUE_SOON || open.status() == DeadlineStatus.DUE_TODAY ? 1 : 0;
            count[2] += open.status() != null && open.status().isLate() ? 1 : 0;
        }
        return counts.entrySet().stream()
                .map(entry -> new AgencyLoad(
                        entry.getKey().getCode(),
                        entry.getKey().getName(),
                        entry.getValue()[0],
                        entry.getValue()[1],
                        entry.getValue()[2]))
                .sorted(Comparator.comparingInt(AgencyLoad::overdue)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingInt(AgencyLoad::dueSoon).reversed())
                        .thenComparing(AgencyLoad::agencyCode))
                .toList();
    }
}
