package vn.egov.portal.eservice.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.eservice.entity.ProcedureFacts;
import vn.egov.portal.eservice.entity.ProcedurePart;
import vn.egov.portal.eservice.entity.ProcedureRevision;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.search.entity.Searchable;

/**
 * The one way a procedure's change is recorded: a revision numbered after the last one with the
 * parts that changed, the public pages and the feed moved on (the announcement of Article 10.2),
 * and the search index told at commit. The editor, the import and the demo data all come here.
 */
@Stateless
// Called only by the catalogue's boundaries, which check the caller.
@PermitAll
public class ProcedureRevisions {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicContentVersion publicContent;

    @Inject
    Event<Searchable> searchable;

    /**
     * Records the change from {@code before} (null for a new procedure, already persisted) to what the
     * procedure says now; empty when nothing changed, so a save without changes announces nothing.
     */
    public Optional<ProcedureRevision> record(
            Procedure procedure,
            ProcedureFacts before,
            List<ProcedurePart> also,
            String actor,
            Instant at,
            String note) {
        List<ProcedurePart> changed = new java.util.ArrayList<>(ProcedureChanges.between(before, procedure.facts()));
        also.stream().filter(part -> !changed.contains(part)).forEach(changed::add);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        Integer last = em.createQuery(
                        "select max(r.number) from ProcedureRevision r where r.procedure = :procedure", Integer.class)
                .setParameter("procedure", procedure)
                .getSingleResult();
        ProcedureRevision revision =
                new ProcedureRevision(procedure, last == null ? 1 : last + 1, at, actor, changed, note);
        em.persist(revision);
        publicContent.changed();
        searchable.fire(ProcedureIndexEntry.of(procedure));
        return Optional.of(revision);
    }
}
