package vn.egov.portal.consultation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import vn.egov.portal.consultation.control.DemoSummary;
import vn.egov.portal.consultation.control.SummaryFiles;
import vn.egov.portal.consultation.entity.AnswerVerdict;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.ConsultationState;
import vn.egov.portal.consultation.entity.DraftPart;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.privacy.entity.Contact;
import vn.egov.portal.setup.boundary.DemoDataset;
import vn.egov.portal.setup.control.SeedFiles;

/**
 * The demo's closed drafts get comments, a campaign among them: one is answered and its summary of
 * responses published, so that the demo shows a consultation from start to end; the other waits for
 * the agency's answers (what the browser test answers).
 */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
public class ConsultationSummaryDemoData implements DemoDataset {

    static final String SEED = "seed/demo-consultation-summary.json";
    private static final String AGENCY = "demo";

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsultationSettings settings;

    @Inject
    ConsultationRegister register;

    @Inject
    SummaryFiles summaryFiles;

    @Override
    public String key() {
        return "demo.consultation-summary.v1";
    }

    @Override
    public int order() {
        // after the consultations and the comments on the open one
        return 62;
    }

    @Override
    public void load() {
        SeedFiles.read(SEED, DemoSummary.class).consultations().forEach(this::load);
    }

    private void load(DemoSummary.Item item) {
        Consultation consultation = em.createNamedQuery(Consultation.BY_SLUG, Consultation.class)
                .setParameter("slug", Slug.fromTitle(item.consultation()).value())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (consultation == null || consultation.getState() != ConsultationState.CLOSED) {
            return;
        }
        Instant opened = consultation.getOpensAt();
        long spread =
                Math.max(1, Duration.between(opened, consultation.getClosesAt()).toMinutes());
        DemoSummary.Campaign campaign = item.campaign();
        int total = item.comments().size() + campaign.copies();
        int n = 0;
        for (DemoSummary.Answered single : item.comments()) {
            Instant at = opened.plus(Duration.ofMinutes(spread * n++ / total));
            Comment comment = comment(
                    consultation,
                    ConsultationCommentDemoData.article(consultation, single.article()),
                    single.body(),
                    single.name(),
                    single.showName(),
                    at);
            answer(consultation, comment, single.verdict(), single.answer());
        }
        DraftPart part = ConsultationCommentDemoData.article(consultation, campaign.part());
        for (int i = 0; i < campaign.copies(); i++) {
            Instant at = opened.plus(Duration.ofMinutes(spread * n++ / total));
            String closing = campaign.closings().get(i % campaign.closings().size());
            Comment copy = comment(consultation, part, campaign.text() + closing, null, false, at);
            answer(consultation, copy, campaign.verdict(), campaign.answer());
        }
        if (item.publish()) {
            consultation.moveTo(
                    ConsultationState.SUMMARISED, consultation.getClosesAt().plus(Duration.ofDays(5)));
        }
    }

    private Comment comment(
            Consultation consultation, DraftPart part, String body, String name, boolean showName, Instant at) {
        Comment comment = new Comment(
                consultation, part, body, new Contact(name, null, null), showName, settings.consentVersion(), true, at);
        em.persist(comment);
        return comment;
    }

    /** Answered three days after the close, when the seed gives an answer. */
    private static void answer(Consultation consultation, Comment comment, AnswerVerdict verdict, String answer) {
        if (verdict != null) {
            comment.answer(verdict, answer, consultation.getClosesAt().plus(Duration.ofDays(3)), AGENCY);
        }
    }
}
