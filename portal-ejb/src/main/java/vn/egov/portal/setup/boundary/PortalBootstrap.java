package vn.egov.portal.setup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.egov.portal.platform.config.boundary.PortalConfig;

/**
 * First thing at every start, once the schema is migrated and the personal-data key checked: structural
 * data, the first administrator, then the demo province if asked for. A broken demo set is logged and skipped; the portal still starts.
 * Then {@link StartupDataLoaded} tells whoever needs the data of this start that it is committed.
 */
@Singleton
@Startup
@DependsOn("SealingKeyGuard")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalBootstrap {

    private static final Logger LOG = Logger.getLogger(PortalBootstrap.class.getName());

    @Inject
    StructuralSeed structure;

    @Inject
    InitialAdministrator administrator;

    @Inject
    DemoRunner demoRunner;

    @Inject
    @Any
    Instance<DemoDataset> demoDatasets;

    @Inject
    PortalConfig config;

    @Inject
    Event<StartupDataLoaded> loaded;

    /** Each step commits on its own; the annotation must sit here, class level does not reach callbacks. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        structure.apply();
        administrator.ensure();
        if (config.demoContent()) {
            loadDemo();
        }
        announceLoaded();
    }

    /**
     * Tells the observers the data is committed. In the EAR on Payara Server an observer in a later
     * module (the search index repair, in the batch module) is not started yet and refuses the call:
     * that must not fail the whole start. Its work is then the operator's (README: search-reindex
     * after a restore or an upgrade).
     */
    private void announceLoaded() {
        try {
            loaded.fire(new StartupDataLoaded(config.demoContent()));
        } catch (EJBException notReady) {
            LOG.warning(() ->
                    "A start-up observer was not ready for the loaded data and was skipped: " + notReady.getMessage());
        }
    }

    private void loadDemo() {
        demoDatasets.stream()
                .sorted(Comparator.comparingInt(DemoDataset::order))
                .forEach(dataset -> {
                    try {
                        if (demoRunner.loadOnce(dataset)) {
                            LOG.info(() -> "Demo data loaded: " + dataset.key());
                        }
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "Demo data set " + dataset.key() + " failed and was skipped", e);
                    }
                });
    }
}
