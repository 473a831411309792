package vn.egov.portal.legal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import vn.egov.portal.deadline.boundary.DeadlineRuleSeed;

/**
 * Adds missing document types and deadline rules at every start (the demo data adds them earlier
 * when it needs them). Each loader only adds codes that are missing.
 */
@Singleton
@Startup
@DependsOn("PortalBootstrap")
public class ReferenceDataStartup {

    @Inject
    LegalTypeSeed types;

    @Inject
    DeadlineRuleSeed rules;

    @PostConstruct
    void apply() {
        types.apply();
        rules.apply();
    }
}
