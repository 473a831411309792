package vn.egov.portal.setup.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The demo province's past year: once every feature's demo is in, each feature that can
 * ({@link EarlierMonths}) plays its finished stories again a month earlier, two months earlier,
 * and so on, for {@link DemoHistory#months()} months in all.
 */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
public class DemoHistoryData implements DemoDataset {

    @Inject
    @Any
    Instance<EarlierMonths> features;

    @Inject
    DemoHistory history;

    @Inject
    Clock clock;

    @Override
    public String key() {
        return "demo.history.v1";
    }

    /** After every feature's own demo data (the last loads at 62). */
    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load() {
        List<EarlierMonth> months = history.earlierMonths(LocalDate.now(clock));
        features.stream()
                .sorted(Comparator.comparing(feature -> feature.getClass().getName()))
                .forEach(feature -> feature.playEarlier(months));
    }
}
