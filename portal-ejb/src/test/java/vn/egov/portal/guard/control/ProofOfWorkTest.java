package vn.egov.portal.guard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.egov.portal.guard.control.ProofOfWork.Verdict;

class ProofOfWorkTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private final ProofOfWork work = new ProofOfWork("secret-one-secret-one".getBytes(), 10, Duration.ofMinutes(30));

    @Test
    void aSolvedChallengeIsValid() {
        String challenge = work.issue(NOW);
        String nonce = ProofOfWork.solve(challenge);

        assertThat(work.verify(challenge, nonce, NOW.plusSeconds(5))).isEqualTo(Verdict.VALID);
        assertThat(ProofOfWork.solves(challenge, nonce, 10)).isTrue();
    }

    @Test
    void anUnsolvedChallengeIsRefused() {
        String challenge = work.issue(NOW);
        int unsolved = 0;
        for (int nonce = 0; nonce < 50; nonce++) {
            if (!ProofOfWork.solves(challenge, Integer.toString(nonce), 10)) {
                assertThat(work.verify(challenge, Integer.toString(nonce), NOW)).isEqualTo(Verdict.UNSOLVED);
                unsolved++;
            }
        }
        assertThat(unsolved).isGreaterThan(40);
    }

    @Test
    void oldForgedOrMangledChallengesAreRefused() {
        String challenge = work.issue(NOW);
        String nonce = ProofOfWork.solve(challenge);
        ProofOfWork otherServer = new ProofOfWork("another-secret-value".getBytes(), 10, Duration.ofMinutes(30));
        String easier = challenge.replace(".10.", ".1.");

        assertThat(work.verify(challenge, nonce, NOW.plus(Duration.ofMinutes(31))))
                .isEqualTo(Verdict.EXPIRED);
        assertThat(otherServer.verify(challenge, nonce, NOW)).isEqualTo(Verdict.FORGED);
        assertThat(work.verify(easier, nonce, NOW)).isEqualTo(Verdict.FORGED);
        assertThat(work.verify("v1.abc", nonce, NOW)).isEqualTo(Verdict.MALFORMED);
        assertThat(work.verify(challenge, "12a", NOW)).isEqualTo(Verdict.MALFORMED);
        assertThat(work.verify(null, null, NOW)).isEqualTo(Verdict.MALFORMED);
    }

    @Test
    void aChallengeIssuedWhenTheDifficultyWasLowerNoLongerCounts() {
        ProofOfWork easy = new ProofOfWork("secret-one-secret-one".getBytes(), 4, Duration.ofMinutes(30));
        String challenge = easy.issue(NOW);

        assertThat(work.verify(challenge, ProofOfWork.solve(challenge), NOW)).isEqualTo(Verdict.TOO_EASY);
    }

    @Test
    void theDifficultyIsCountedInLeadingZeroBits() {
        assertThat(ProofOfWork.solves("x", "0", 0)).isTrue();
        String challenge = work.issue(NOW);
        String nonce = ProofOfWork.solve(challenge);
        int leadingZeros = leadingZeroBits(challenge + ":" + nonce);

        assertThat(leadingZeros).isGreaterThanOrEqualTo(10);
        assertThat(ProofOfWork.solves(challenge, nonce, leadingZeros + 1)).isFalse();
    }

    private static int leadingZeroBits(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes());
            int bits = 0;
            for (byte b : hash) {
                if (b == 0) {
                    bits += 8;
                    continue;
                }
                return bits + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
            }
            return bits;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
