package vn.egov.portal.royalty.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one work's royalty between its authors by their shares, in whole đồng. Rounding leftovers go
 * to the first author, so the parts always add up to the rate.
 */
public final class RoyaltyShares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RoyaltyShares() {}

    public static List<BigDecimal> split(BigDecimal rate, List<Integer> sharesPercent) {
        if (sharesPercent.isEmpty()) {
            return List.of();
        }
        int total = sharesPercent.stream().mapToInt(Integer::intValue).sum();
        if (total != 100) {
            throw new IllegalArgumentException("Shares must add up to 100, not " + total);
        }
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int share : sharesPercent) {
            BigDecimal part = rate.multiply(BigDecimal.valueOf(share)).divide(HUNDRED, 0, RoundingMode.DOWN);
            parts.add(part);
            given = given.add(part);
        }
        parts.set(0, parts.get(0).add(rate.subtract(given)));
        return parts;
    }
}
