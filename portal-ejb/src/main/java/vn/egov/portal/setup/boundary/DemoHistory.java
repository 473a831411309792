package vn.egov.portal.setup.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How far back the demo province's activity goes. The features' demo stories happen in the last
 * weeks; for reports and their trends to have a year to show, each feature plays its finished
 * stories again (a share of them, {@link EarlierMonth}), one month earlier each time, for {@code portal.demo.history-months} months in
 * all (default 12; 1 plays them once, with no earlier copies).
 */
@ApplicationScoped
public class DemoHistory {

    @Inject
    @ConfigProperty(name = "portal.demo.history-months", defaultValue = "12")
    int months;

    /** The months of activity the demo has, this one included. */
    public int months() {
        return Math.max(months, 1);
    }

    /** The earlier months, a month back first: the days to add to a story's "days ago", and the share told. */
    public List<EarlierMonth> earlierMonths(LocalDate today) {
        return earlierMonths(today, months());
    }

    static List<EarlierMonth> earlierMonths(LocalDate today, int months) {
        return IntStream.range(1, months)
                .mapToObj(back ->
                        EarlierMonth.of((int) ChronoUnit.DAYS.between(today.minusMonths(back), today), back, months))
                .toList();
    }
}
