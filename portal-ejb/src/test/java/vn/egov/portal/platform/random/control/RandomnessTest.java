package vn.egov.portal.platform.random.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RandomnessTest {

    @Test
    void eachThreadDrawsFromItsOwnDrbgSoNoneWaitsForAnother() throws Exception {
        SecureRandom mine = Randomness.source();
        SecureRandom other = CompletableFuture.supplyAsync(Randomness::source).get();
        assertThat(mine.getAlgorithm()).isEqualTo("DRBG");
        assertThat(other).isNotSameAs(mine);
        assertThat(Randomness.source())
                .as("the same thread keeps its generator")
                .isSameAs(mine);
    }

    @Test
    void bytesAreFreshEachTime() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            byte[] bytes = Randomness.bytes(16);
            assertThat(bytes).hasSize(16);
            drawn.add(java.util.HexFormat.of().formatHex(bytes));
        }
        assertThat(drawn).hasSize(1000);
    }
}
