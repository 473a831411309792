package vn.egov.portal.guard.boundary;

import java.time.Duration;
import java.util.Objects;
import org.eclipse.microprofile.config.Config;

/**
 * How much one public feature takes from one client: submissions per client address and hour, per
 * e-mail address and day, and look-ups by tracking code (with erasure requests) per address and
 * hour. Each feature reads its own numbers from its settings and names its own refusals, so the Q&A
 * and the e-services can be tuned apart while sharing one guard.
 *
 * @param feature names the feature's windows; two features never count against each other
 * @param refusalKey the bundle key of the sentence a refused submission gets
 * @param lookupRefusalKey the bundle key of the sentence a refused look-up gets
 */
public record SubmissionLimits(
        String feature,
        int perAddressPerHour,
        int perEmailPerDay,
        int lookupsPerAddressPerHour,
        String refusalKey,
        String lookupRefusalKey) {

    public static final Duration ADDRESS_WINDOW = Duration.ofHours(1);
    public static final Duration EMAIL_WINDOW = Duration.ofDays(1);

    /**
     * The limits of {@code feature} as configured: {@code portal.<feature>.limit.per-address}
     * (default 10 an hour), {@code .per-email} (5 a day) and {@code .lookups-per-address} (60 an
     * hour), refused with the bundle's {@code <feature>.error.rateLimited} and
     * {@code <feature>.error.rateLimited.lookup}. Read on each call, so a changed setting counts at once.
     */
    public static SubmissionLimits from(Config config, String feature) {
        String prefix = "portal." + feature + ".limit.";
        return new SubmissionLimits(
                feature,
                config.getOptionalValue(prefix + "per-address", Integer.class).orElse(10),
                config.getOptionalValue(prefix + "per-email", Integer.class).orElse(5),
                config.getOptionalValue(prefix + "lookups-per-address", Integer.class)
                        .orElse(60),
                feature + ".error.rateLimited",
                feature + ".error.rateLimited.lookup");
    }

    public SubmissionLimits {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(refusalKey, "refusalKey");
        Objects.requireNonNull(lookupRefusalKey, "lookupRefusalKey");
        if (perAddressPerHour < 1 || perEmailPerDay < 1 || lookupsPerAddressPerHour < 1) {
            throw new IllegalArgumentException("Every limit of " + feature + " must admit at least one request");
        }
    }
}
