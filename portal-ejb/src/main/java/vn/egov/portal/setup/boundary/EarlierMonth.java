package vn.egov.portal.setup.boundary;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One earlier month of the demo's history: how many days before today it lies, and the share (in
 * percent) of a feature's finished stories told again in it. The share grows towards today and
 * dips every third month, so a year of copies shows a trend rather than twelve equal months; which
 * stories make the share is fixed by the month, so every start of the demo tells the same year.
 */
public record EarlierMonth(int daysBack, int share) {

    public EarlierMonth {
        if (daysBack < 1 || share < 0 || share > 100) {
            throw new IllegalArgumentException("An earlier month lies days back and keeps 0-100 %");
        }
    }

    /** The month {@code back} months before today, of a history of {@code months} months in all. */
    static EarlierMonth of(int daysBack, int back, int months) {
        int growth = 60 + 40 * (months - back) / Math.max(months, 1);
        int dip = back % 3 == 1 ? 12 : 0;
        return new EarlierMonth(daysBack, Math.max(growth - dip, 0));
    }

    /** The stories told again this month: the same ones for the same month, in their order. */
    public <T> List<T> of(List<T> stories) {
        return IntStream.range(0, stories.size())
                .filter(index -> Math.floorMod((index + 1) * 7919 + daysBack * 31, 100) < share)
                .mapToObj(stories::get)
                .toList();
    }
}
