package vn.egov.portal.consultation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.egov.portal.consultation.control.DemoConsultations;
import vn.egov.portal.consultation.control.DraftSplitter;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.ConsultationState;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.setup.boundary.DemoDataset;
import vn.egov.portal.setup.control.SeedFiles;
import vn.egov.portal.site.boundary.SiteDirectory;

/** An open and a closed consultation, dated around the day the demo is loaded. */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
public class ConsultationDemoData implements DemoDataset {

    static final String SEED = "seed/demo-consultations.json";

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    LegalDocumentRegistry legal;

    @Inject
    Clock clock;

    @Override
    public String key() {
        return "demo.consultations.v1";
    }

    @Override
    public int order() {
        // after the legal register, whose documents the drafts amend
        return 60;
    }

    @Override
    public void load() {
        Instant today = clock.instant().truncatedTo(ChronoUnit.HOURS);
        for (DemoConsultations.Item item :
                SeedFiles.read(SEED, DemoConsultations.class).consultations()) {
            Instant opens = today.minus(Duration.ofDays(item.opensDaysAgo()));
            Consultation consultation =
                    new Consultation(Slug.fromTitle(item.title()).value(), directory.getOrgUnit(item.agency()), opens);
            consultation.describe(
                    item.title(),
                    item.summary(),
                    item.contactName(),
                    item.contactEmail(),
                    item.contactPhone(),
                    opens,
                    opens.plus(Duration.ofDays(item.days())),
                    item.amends() == null
                            ? null
                            : legal.findByNumberSymbol(item.amends()).orElse(null));
            DraftSplitter.Result split = DraftSplitter.split(item.draft());
            consultation.replaceDraft(item.draft(), split.parts(), split.split());
            ConsultationState target = ConsultationState.valueOf(item.state());
            for (ConsultationState step = ConsultationState.DRAFT; step != target; ) {
                step = step.next().iterator().next();
                consultation.moveTo(step, opens);
            }
            em.persist(consultation);
        }
    }
}
