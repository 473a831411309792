package vn.egov.portal.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.egov.portal.privacy.control.PersonalDataKey;

/**
 * Not ready while sealed data cannot be opened (the personal-data key is missing or wrong): every
 * question, asker and outbox mail would fail, public status look-ups included, so a load balancer
 * must not send traffic and the operator must see why.
 */
@Readiness
@ApplicationScoped
public class SealingKeyHealthCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return PersonalDataKey.refusal()
                .map(reason -> HealthCheckResponse.named("personal-data key")
                        .down()
                        .withData("problem", reason)
                        .build())
                .orElseGet(() -> HealthCheckResponse.up("personal-data key"));
    }
}
