package vn.egov.portal.report.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.egov.portal.report.control.EvaluationWeights.Component;

/**
 * One agency's score: each component that applies to it (something to count) as a rate 0–1, and
 * 100 × Σ(weight × rate) / Σ(weights of the components that apply), one decimal, half up. An
 * agency for which no weighted component applies has no score.
 */
public record AgencyScore(AgencyRecord record, Map<Component, Fraction> rates, Optional<BigDecimal> score) {

    private static final int SCALE = 12;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A count over what it is counted against; it applies when there is something to count against. */
    public record Fraction(long counted, long of) {

        public boolean applies() {
            return of > 0;
        }

        BigDecimal rate() {
            return BigDecimal.valueOf(counted).divide(BigDecimal.valueOf(of), SCALE, RoundingMode.HALF_UP);
        }

        /** The rate as a percentage, one decimal half up; 0 when it does not apply. */
        public BigDecimal percent() {
            if (!applies()) {
                return BigDecimal.ZERO.setScale(1);
            }
            return BigDecimal.valueOf(counted * 100).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
        }
    }

    /** Scores {@code record}; publishing counts against {@code mostArticles}, the most active agency's. */
    public static AgencyScore of(AgencyRecord record, long mostArticles, EvaluationWeights weights) {
        Map<Component, Fraction> rates = new EnumMap<>(Component.class);
        rates.put(
                Component.DEADLINES,
                new Fraction(record.deadlinesOnTime(), record.deadlinesOnTime() + record.deadlinesLate()));
        rates.put(
                Component.QA,
                new Fraction(
                        record.answeredOnTime(),
                        record.answeredOnTime() + record.answeredLate() + record.openPastDue()));
        rates.put(
                Component.ESERVICES,
                new Fraction(record.applicationsOnTime(), record.applicationsOnTime() + record.applicationsLate()));
        rates.put(Component.PUBLISHING, new Fraction(record.articles(), mostArticles));
        if (!record.active()) {
            return new AgencyScore(record, rates, Optional.empty());
        }
        BigDecimal weighted = BigDecimal.ZERO;
        long applying = 0;
        for (Map.Entry<Component, Fraction> rate : rates.entrySet()) {
            int weight = weights.of(rate.getKey());
            if (rate.getValue().applies() && weight > 0) {
                weighted = weighted.add(rate.getValue().rate().multiply(BigDecimal.valueOf(weight)));
                applying += weight;
            }
        }
        if (applying == 0) {
            return new AgencyScore(record, rates, Optional.empty());
        }
        return new AgencyScore(
                record,
                rates,
                Optional.of(weighted.multiply(HUNDRED).divide(BigDecimal.valueOf(applying), 1, RoundingMode.HALF_UP)));
    }

    public String agency() {
        return record.agency();
    }

    public Fraction rate(Component component) {
        return rates.get(component);
    }
}
