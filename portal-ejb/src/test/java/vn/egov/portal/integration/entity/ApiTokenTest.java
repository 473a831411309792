package vn.egov.portal.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

    private static ApiToken reader() {
        return new ApiToken(
                "Hệ thống một cửa",
                "0".repeat(64),
                Set.of(ApiScope.READ),
                null,
                "admin",
                NOW,
                NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void aTokenOpensTheApiUntilItExpires() {
        ApiToken token = reader();

        assertThat(token.isActive(NOW)).isTrue();
        assertThat(token.isActive(NOW.plus(Duration.ofDays(30)).minusSeconds(1)))
                .isTrue();
        assertThat(token.isActive(NOW.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void aRevokedTokenOpensNothingAndKeepsItsFirstRevocation() {
        ApiToken token = reader();

        token.revoke("admin", NOW.plusSeconds(60));
        token.revoke("other", NOW.plusSeconds(120));

        assertThat(token.isActive(NOW.plusSeconds(61))).isFalse();
        assertThat(token.getRevokedBy()).isEqualTo("admin");
        assertThat(token.getRevokedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void scopesAreKeptAsGiven() {
        ApiToken token = new ApiToken(
                "Vận hành",
                "1".repeat(64),
                EnumSet.of(ApiScope.READ, ApiScope.OPERATOR),
                null,
                "admin",
                NOW,
                NOW.plusSeconds(3600));

        assertThat(token.scopes()).containsExactlyInAnyOrder(ApiScope.READ, ApiScope.OPERATOR);
        assertThat(token.allows(ApiScope.SUBMIT)).isFalse();
    }

    @Test
    void theSubmitScopeGoesWithASiteAndOnlyWithIt() {
        assertThatThrownBy(() -> new ApiToken(
                        "X", "2".repeat(64), Set.of(ApiScope.SUBMIT), null, "admin", NOW, NOW.plusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lastUseIsWrittenAtMostEveryTenMinutes() {
        ApiToken token = reader();

        token.used(NOW);
        token.used(NOW.plus(Duration.ofMinutes(5)));
        assertThat(token.getLastUsedAt()).isEqualTo(NOW);

        token.used(NOW.plus(Duration.ofMinutes(11)));
        assertThat(token.getLastUsedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(11)));
    }
}
