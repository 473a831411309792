package vn.egov.portal.qa.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Applies the Q&A catalogue at every start, after the structure (and the demo, when asked) is in. */
@Singleton
@Startup
@DependsOn("PortalBootstrap")
public class QaStartup {

    private static final Logger LOG = Logger.getLogger(QaStartup.class.getName());

    @Inject
    QaCatalogueSeed seed;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        int added = seed.apply();
        LOG.info(() -> "Q&A catalogue: " + added + " fields added");
    }
}
