package vn.egov.portal.consultation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import vn.egov.portal.consultation.control.ConsultationDocuments;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.ConsultationState;
import vn.egov.portal.search.boundary.SearchSource;
import vn.egov.portal.search.boundary.SourcePage;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.Searchable;

/** The consultations the public sees (every one opened once), for the rebuild of the search index. */
@Stateless
@PermitAll // Only what the public already sees.
public class ConsultationSearchSource implements SearchSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public SearchKind kind() {
        return SearchKind.CONSULTATION;
    }

    @Override
    public List<Searchable> after(long afterId, int max) {
        return SourcePage.of(
                em.createQuery(
                                "select c from Consultation c where c.id > :after and c.state <> :draft order by c.id",
                                Consultation.class)
                        .setParameter("draft", ConsultationState.DRAFT),
                afterId,
                max,
                consultation -> ConsultationDocuments.of(consultation, clock.getZone()));
    }
}
