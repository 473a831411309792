package vn.egov.portal.setup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.egov.portal.platform.config.boundary.PortalConfig;

/**
 * First thing at every start, once the schema is migrated and the personal-data key checked: structural
 * data, the first administrator, then the demo province if asked for. A broken demo set is logged and skipped; the portal still starts.
 * Then {@link #loaded()} tells whoever needs the data of this start that it is committed: asked
 * before this start has run, the container runs it first, so a caller in any module, started before
 * or after this one (in the EAR, the batch module starts after), gets the answer once the data is there.
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

    private volatile StartupDataLoaded loaded;

    /** Each step commits on its own; the annotation must sit here, class level does not reach callbacks. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        structure.apply();
        administrator.ensure();
        boolean added = config.demoContent() && loadDemo();
        loaded = new StartupDataLoaded(added);
    }

    /** The data of this start, once committed; empty if the start failed before. */
    // Says only whether the start is done; asks nothing of the caller.
    @PermitAll
    @Lock(LockType.READ)
    public Optional<StartupDataLoaded> loaded() {
        return Optional.ofNullable(loaded);
    }

    /** Loads the demo data sets not loaded before; true if this start added any. */
    private boolean loadDemo() {
        boolean added = false;
        for (DemoDataset dataset : demoDatasets.stream()
                .sorted(Comparator.comparingInt(DemoDataset::order))
                .toList()) {
            try {
                if (demoRunner.loadOnce(dataset)) {
                    added = true;
                    LOG.info(() -> "Demo data loaded: " + dataset.key());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Demo data set " + dataset.key() + " failed and was skipped", e);
            }
        }
        return added;
    }
}
