package vn.egov.portal.royalty.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoyaltySharesTest {

    @Test
    void sharesAddUpToTheRateInWholeDong() {
        List<BigDecimal> parts = RoyaltyShares.split(new BigDecimal("100000"), List.of(34, 33, 33));

        assertThat(parts).containsExactly(new BigDecimal("34000"), new BigDecimal("33000"), new BigDecimal("33000"));
        assertThat(RoyaltyShares.split(new BigDecimal("100001"), List.of(50, 50)))
                .containsExactly(new BigDecimal("50001"), new BigDecimal("50000"));
    }

    @Test
    void sharesMustMakeAHundredPercent() {
        assertThatThrownBy(() -> RoyaltyShares.split(BigDecimal.TEN, List.of(50, 40)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RoyaltyShares.split(BigDecimal.TEN, List.of())).isEmpty();
    }
}
