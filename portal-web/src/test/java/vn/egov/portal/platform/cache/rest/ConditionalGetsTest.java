package vn.egov.portal.platform.cache.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionalGetsTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "'no-transform, max-age=60', 60",
                "'public, max-age=300', 300",
                "max-age=0, null",
                "no-store, null",
                "'private, max-age=60', null",
                "'no-store, max-age=60', null",
                "no-cache, null",
                "null, null"
            })
    void onlyWhatItsResourceMadeShareableIsTaggedForEverybody(String cacheControl, Integer maxAge) {
        assertThat(ConditionalGets.sharedFor(cacheControl, null)).isEqualTo(maxAge);
    }

    @Shareable(seconds = 120)
    void markedRead() {}

    @ParameterizedTest(name = "[{index}] marked, {0} -> {1}")
    @CsvSource(
            nullValues = "null",
            value = {"null, 120", "'public, max-age=300', 120", "no-store, null", "'private, max-age=60', null"})
    void aMethodMarkedShareableIsTaggedUnlessItsAnswerSaysPrivate(String cacheControl, Integer maxAge)
            throws NoSuchMethodException {
        Shareable marked = getClass().getDeclaredMethod("markedRead").getAnnotation(Shareable.class);

        assertThat(ConditionalGets.sharedFor(cacheControl, marked)).isEqualTo(maxAge);
    }
}
