package vn.egov.portal.consultation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.egov.portal.consultation.control.CampaignGrouping;
import vn.egov.portal.consultation.control.SummaryTable;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;

/** Public reads of consultations: every one that has been opened, never a draft. */
@Stateless
@PermitAll
public class ConsultationRegister {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ConsultationSettings settings;

    /** Latest closing first, so open and upcoming ones lead the list. */
    public ResultPage<Consultation> list(PageRequest page) {
        long total = em.createNamedQuery(Consultation.COUNT_PUBLIC, Long.class).getSingleResult();
        return ResultPage.of(
                page,
                em.createNamedQuery(Consultation.PUBLIC, Consultation.class)
                        .setFirstResult(page.offset())
                        .setMaxResults(page.size())
                        .getResultList(),
                total);
    }

    public Optional<Consultation> findBySlug(String slug) {
        return em
                .createNamedQuery(Consultation.BY_SLUG, Consultation.class)
                .setParameter("slug", slug)
                .getResultList()
                .stream()
                .filter(c -> c.getState().isPublic())
                .findFirst();
    }

    public Consultation get(long id) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null || !consultation.getState().isPublic()) {
            throw new NotFoundException("Consultation", id);
        }
        return consultation;
    }

    /** The published comments, oldest first: what the public page and the API show (no particulars but an agreed name). */
    public List<Comment> publishedComments(Consultation consultation) {
        return em.createNamedQuery(Comment.PUBLISHED, Comment.class)
                .setParameter("consultation", consultation)
                .getResultList();
    }

    /** Published comments per part position (0: on the whole draft), so readers see where the debate is. */
    public Map<Integer, Long> commentCounts(List<Comment> published) {
        return published.stream()
                .collect(Collectors.groupingBy(
                        c -> c.getPart() == null ? 0 : c.getPart().getPosition(), Collectors.counting()));
    }

    /**
     * The comments grouped by part and, within a part, by campaign (copies above the configured
     * similarity): in the order of the parts, then of each group's first comment.
     */
    public List<CommentGroup> groups(List<Comment> comments) {
        CampaignGrouping grouping = new CampaignGrouping(settings.campaignSimilarity());
        Map<Integer, List<Comment>> byPart = comments.stream()
                .collect(Collectors.groupingBy(
                        c -> c.getPart() == null ? 0 : c.getPart().getPosition(), TreeMap::new, Collectors.toList()));
        List<CommentGroup> groups = new ArrayList<>();
        for (List<Comment> onPart : byPart.values()) {
            for (List<Integer> members :
                    grouping.group(onPart.stream().map(Comment::getBody).toList())) {
                groups.add(new CommentGroup(members.stream().map(onPart::get).toList()));
            }
        }
        return groups;
    }

    /**
     * The published summary of responses (empty until the consultation is SUMMARISED), in Vietnamese,
     * the language of the draft and its answers.
     */
    public List<SummaryTable.Row> summary(Consultation consultation) {
        return summary(consultation, Language.VIETNAMESE.locale());
    }

    /** The same with the parts' labels ("Điều 3", "Article 3") in the reader's language. */
    public List<SummaryTable.Row> summary(Consultation consultation, Locale locale) {
        if (consultation.getSummarisedAt() == null) {
            return List.of();
        }
        return SummaryTable.of(
                groups(publishedComments(consultation)).stream()
                        .map(CommentGroup::members)
                        .toList(),
                locale);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The portal's zone (Asia/Ho_Chi_Minh unless configured), in which dates are shown. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Whole days from now to the close, rounded up; 0 once closed. */
    public long daysLeft(Consultation consultation) {
        long seconds = Duration.between(now(), consultation.getClosesAt()).getSeconds();
        return seconds <= 0 ? 0 : (seconds + 86399) / 86400;
    }
}
