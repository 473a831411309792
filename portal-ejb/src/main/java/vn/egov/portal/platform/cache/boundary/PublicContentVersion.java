package vn.egov.portal.platform.cache.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that moves whenever something public changes (an article published or edited, a leader's
 * schedule, a legal document). The public page cache keeps pages only for the version they were made
 * in. Any feature that changes public content calls {@link #changed()} inside its transaction: the
 * counter moves at once and again after the commit, so a page rendered in between is not kept.
 */
@Singleton
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class PublicContentVersion {

    /**
     * Static so that the page cache can read it on every public request without an EJB call; the
     * class lives in the EJB module, which the web module shares in both packagings.
     */
    private static final AtomicLong VERSION = new AtomicLong();

    @Resource
    TransactionSynchronizationRegistry transactions;

    public long current() {
        return VERSION.get();
    }

    /** The same as {@link #current()}, for the hot path of the public page cache. */
    public static long currentVersion() {
        return VERSION.get();
    }

    public void changed() {
        VERSION.incrementAndGet();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // Nothing to do before: only the outcome matters.
                }

                @Override
                public void afterCompletion(int status) {
                    VERSION.incrementAndGet();
                }
            });
        }
    }
}
