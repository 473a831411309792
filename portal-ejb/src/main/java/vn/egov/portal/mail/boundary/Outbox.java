package vn.egov.portal.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.mail.entity.OutboundMail;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.privacy.entity.SealedText;

/**
 * The portal's outbound mail, shared by every feature that notifies someone (deadline alerts, Q&A
 * answers). Callers enqueue inside their own transaction, so a mail exists exactly when the change
 * it reports was committed; delivery happens afterwards ({@link MailDispatcher}, or a job step).
 */
@Stateless
public class Outbox {

    /** Between the Vietnamese text of a mail and its English one, which follows. */
    public static final String ENGLISH_FOLLOWS = "\n\n---------------- English ----------------\n\n";

    @PersistenceContext
    EntityManager em;

    @Inject
    MailDelivery delivery;

    @Inject
    Clock clock;

    /**
     * Queues a mail under a key that names what it reports (e.g. "qa-answer:42"); returns false and
     * queues nothing when a mail with that key exists already.
     */
    @PermitAll
    public boolean enqueue(String dedupKey, List<String> recipients, String subject, String body) {
        if (findByKey(dedupKey).isPresent()) {
            return false;
        }
        enqueueFirst(dedupKey, recipients, subject, body);
        em.flush();
        return true;
    }

    /**
     * Queues a mail whose key names a record created in the caller's own transaction (the receipt of
     * a question just stored), so no mail can hold that key yet: no look-up first, and the insert goes
     * with the caller's other writes at commit. The unique key still refuses a second one.
     */
    @PermitAll
    public void enqueueFirst(String dedupKey, List<String> recipients, String subject, String body) {
        String to = String.join(", ", recipients);
        em.persist(new OutboundMail(dedupKey, to, Text.clean(subject), Text.nfc(body), clock.instant()));
    }

    @PermitAll
    public Optional<OutboundMail> findByKey(String dedupKey) {
        return em
                .createNamedQuery(OutboundMail.BY_KEY, OutboundMail.class)
                .setParameter("key", dedupKey)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Ids of the mails whose (next) attempt is due now. */
    @PermitAll
    public List<Long> listDue(int max) {
        return em.createNamedQuery(OutboundMail.DUE, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /** Ids of the pending mails whose key starts with the prefix, whatever their back-off. */
    @PermitAll
    public List<Long> listPending(String keyPrefix) {
        return em.createNamedQuery(OutboundMail.PENDING_WITH_PREFIX, Long.class)
                .setParameter("prefix", keyPrefix.replace("%", "") + "%")
                .getResultList();
    }

    /**
     * Deletes every mail whose key starts with the prefix, sent or waiting: when a person's data is
     * erased (Article 19.2), the mails to their address and about them go too. Returns how many.
     */
    @PermitAll
    public int forget(String keyPrefix) {
        return em.createNamedQuery(OutboundMail.DELETE_WITH_PREFIX)
                .setParameter("prefix", keyPrefix.replace("%", "") + "%")
                .executeUpdate();
    }

    /**
     * Clears the addresses, subject and text of up to {@code max} mails sent, or queued and never
     * sent, before the given time, and keeps their key, status and dates: the key still stops a
     * second sending, the operators still see what went out when, and nobody's address stays in the
     * database past the retention period (R11). A mail that never went out is marked expired.
     * Returns how many were cleared; call again until it returns 0.
     */
    @PermitAll
    public int purgeBefore(Instant before, int max) {
        List<Long> ids = em.createNamedQuery(OutboundMail.PAST_RETENTION, Long.class)
                .setParameter("before", before)
                .setMaxResults(max)
                .getResultList();
        Instant now = clock.instant();
        ids.forEach(id -> em.find(OutboundMail.class, id).purge(now));
        return ids.size();
    }

    /**
     * Seals the rows an earlier version stored in clear (before the outbox was sealed); they would
     * not open otherwise. Runs at start; returns how many were sealed. Native SQL, because the
     * mapping would try to open the clear values it is meant to fix.
     */
    @PermitAll
    public int sealClearRows() {
        @SuppressWarnings("unchecked")
        List<Object[]> clear = em.createNativeQuery(
                        "select ID, RECIPIENTS, SUBJECT, BODY from OUTBOUND_MAIL where RECIPIENTS not like 'v1:%'")
                .getResultList();
        SealedText sealing = new SealedText();
        for (Object[] row : clear) {
            em.createNativeQuery("update OUTBOUND_MAIL set RECIPIENTS = ?, SUBJECT = ?, BODY = ? where ID = ?")
                    .setParameter(1, sealing.convertToDatabaseColumn((String) row[1]))
                    .setParameter(2, sealing.convertToDatabaseColumn((String) row[2]))
                    .setParameter(3, sealing.convertToDatabaseColumn((String) row[3]))
                    .setParameter(4, row[0])
                    .executeUpdate();
        }
        return clear.size();
    }

    /** Sends each due mail in its own transaction; returns how many were sent. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDue(int max) {
        return (int) listDue(max).stream()
                .filter(id -> delivery.deliver(id) == MailDelivery.Outcome.SENT)
                .count();
    }

    @RolesAllowed({Roles.SYSADMIN, Roles.BATCH_OPERATOR})
    public List<OutboundMail> listLatest(int max) {
        return em.createNamedQuery(OutboundMail.LATEST, OutboundMail.class)
                .setMaxResults(Math.min(max, 500))
                .getResultList();
    }
}
