package vn.egov.portal.consultation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.egov.portal.consultation.control.DemoComments;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.DraftPart;
import vn.egov.portal.consultation.entity.PartKind;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.privacy.entity.Contact;
import vn.egov.portal.setup.boundary.DemoDataset;
import vn.egov.portal.setup.control.SeedFiles;

/**
 * About a hundred published comments on the demo's open draft, a campaign of near copies among them,
 * so that the page shows where the debate is and how a campaign is shown once with its copies.
 */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
public class ConsultationCommentDemoData implements DemoDataset {

    static final String SEED = "seed/demo-consultation-comments.json";

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsultationSettings settings;

    @Inject
    Clock clock;

    @Override
    public String key() {
        return "demo.consultation-comments.v1";
    }

    @Override
    public int order() {
        // after the consultations they comment on
        return 61;
    }

    @Override
    public void load() {
        DemoComments seed = SeedFiles.read(SEED, DemoComments.class);
        Consultation consultation = em.createNamedQuery(Consultation.BY_SLUG, Consultation.class)
                .setParameter("slug", Slug.fromTitle(seed.consultation()).value())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (consultation == null) {
            return;
        }
        Instant opened = consultation.getOpensAt();
        long spread = Math.max(1, Duration.between(opened, clock.instant()).toMinutes());
        int n = 0;
        int total = seed.comments().size() + seed.campaign().copies();
        for (DemoComments.Single single : seed.comments()) {
            persist(
                    consultation,
                    article(consultation, single.article()),
                    single.body(),
                    single.name(),
                    single.showName(),
                    opened.plus(Duration.ofMinutes(spread * n++ / total)));
        }
        DemoComments.Campaign campaign = seed.campaign();
        DraftPart part = article(consultation, campaign.part());
        for (int i = 0; i < campaign.copies(); i++) {
            String closing = campaign.closings().get(i % campaign.closings().size());
            String signer = campaign.signers().get(i % campaign.signers().size());
            persist(
                    consultation,
                    part,
                    campaign.text() + closing,
                    signer,
                    false,
                    opened.plus(Duration.ofMinutes(spread * n++ / total)));
        }
    }

    private void persist(
            Consultation consultation, DraftPart part, String body, String name, boolean showName, Instant at) {
        Comment comment = new Comment(
                consultation, part, body, new Contact(name, null, null), showName, settings.consentVersion(), true, at);
        em.persist(comment);
    }

    /** The article of that number; 0 (or an unknown number) is the whole draft. */
    static DraftPart article(Consultation consultation, int number) {
        return consultation.getParts().stream()
                .filter(p -> p.getKind() == PartKind.ARTICLE && p.getNumber().equals(String.valueOf(number)))
                .findFirst()
                .orElse(null);
    }
}
