package vn.egov.portal.guard.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class SubmissionLimitsTest {

    /** A configuration holding only {@code values}; every other question about it is unexpected. */
    private static Config config(Map<String, Integer> values) {
        return (Config) Proxy.newProxyInstance(
                Config.class.getClassLoader(), new Class<?>[] {Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return Optional.ofNullable(values.get((String) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aFeaturesLimitsAreReadUnderItsPrefixWithTheDefaultsForWhatIsNotSet() {
        SubmissionLimits qa = SubmissionLimits.from(config(Map.of("portal.qa.limit.per-email", 2)), "qa");

        assertThat(qa)
                .isEqualTo(
                        new SubmissionLimits("qa", 10, 2, 60, "qa.error.rateLimited", "qa.error.rateLimited.lookup"));
    }

    @Test
    void anotherFeaturesSettingsAreNotRead() {
        Config config = config(Map.of(
                "portal.eservice.limit.per-address", 3,
                "portal.eservice.limit.lookups-per-address", 7,
                "portal.qa.limit.per-email", 1));

        SubmissionLimits eservice = SubmissionLimits.from(config, "eservice");

        assertThat(eservice.perAddressPerHour()).isEqualTo(3);
        assertThat(eservice.perEmailPerDay()).isEqualTo(5);
        assertThat(eservice.lookupsPerAddressPerHour()).isEqualTo(7);
        assertThat(eservice.refusalKey()).isEqualTo("eservice.error.rateLimited");
    }

    @Test
    void aLimitThatAdmitsNothingIsAMistakeOfTheSettings() {
        assertThatThrownBy(() -> SubmissionLimits.from(config(Map.of("portal.qa.limit.per-address", 0)), "qa"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
