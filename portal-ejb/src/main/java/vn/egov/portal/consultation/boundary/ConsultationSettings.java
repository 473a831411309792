package vn.egov.portal.consultation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code portal.consultation.minimum-days}: the shortest comment period an agency may open. */
@ApplicationScoped
public class ConsultationSettings {

    @Inject
    @ConfigProperty(name = "portal.consultation.minimum-days", defaultValue = "30")
    int minimumDays;

    public int minimumDays() {
        return minimumDays;
    }
}
