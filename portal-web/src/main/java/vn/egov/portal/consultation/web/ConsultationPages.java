package vn.egov.portal.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.egov.portal.consultation.boundary.CommentGroup;
import vn.egov.portal.consultation.boundary.ConsultationRegister;
import vn.egov.portal.consultation.control.SummaryTable;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.PublicPhase;
import vn.egov.portal.content.web.PublicPages;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.platform.paging.web.PageLinks;

/** The public list of consultations (/lay-y-kien/) and one consultation with its parts. */
@Named
@RequestScoped
public class ConsultationPages {

    public static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Inject
    ConsultationRegister register;

    @Inject
    HttpServletRequest request;

    private PageLinks<Consultation> pages;
    private Consultation consultation;
    private Instant now;
    private List<Comment> comments;
    private Map<Integer, Long> counts;
    private List<CommentGroup> groups;
    private List<SummaryTable.Row> summary;

    /** Before the page is drawn, so a bad page number is a 400 and one past the end a 404. */
    public void loadList() {
        pages = PageLinks.around(register.list(PageLinks.requested(request, PAGE_SIZE)), request);
    }

    public void loadConsultation() {
        if (getConsultation() == null) {
            PublicPages.notFound();
        }
    }

    public PageLinks<Consultation> getPages() {
        return pages;
    }

    /** Read from the address also on a post of the comment form, where no view action runs. */
    public Consultation getConsultation() {
        if (consultation == null) {
            String slug = PublicPages.param("slug");
            consultation = slug == null ? null : register.findBySlug(slug).orElse(null);
        }
        return consultation;
    }

    /** The published comments of the consultation shown (a name only where the commenter agreed). */
    public List<Comment> getComments() {
        if (comments == null) {
            comments = register.publishedComments(consultation);
            counts = register.commentCounts(comments);
        }
        return comments;
    }

    /** The published summary of responses, one row per comment or campaign; empty before it is published. */
    public List<SummaryTable.Row> getSummary() {
        if (summary == null) {
            summary = register.summary(
                    getConsultation(), PortalLocale.languageOf(request).locale());
        }
        return summary;
    }

    /** A file's size in whole kilobytes, at least 1. */
    public long kilobytes(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }

    /** Published comments on one part (position), or on the whole draft (0). */
    public long commentCount(int position) {
        getComments();
        return counts.getOrDefault(position, 0L);
    }

    /** The published comments on one part (or the whole draft, 0), a campaign's copies shown once. */
    public List<CommentGroup> groupsOn(int position) {
        if (groups == null) {
            groups = register.groups(getComments());
        }
        return groups.stream().filter(g -> g.partPosition() == position).toList();
    }

    public PublicPhase phase(Consultation c) {
        return c.phaseAt(now());
    }

    public long daysLeft(Consultation c) {
        return register.daysLeft(c);
    }

    /** A time as readers in the province read it: "17:00 30/04/2026", in the portal's zone. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(register.zone()));
    }

    /** The ISO form for the {@code datetime} attribute. */
    public String iso(Instant instant) {
        return instant == null
                ? ""
                : instant.atZone(register.zone()).toOffsetDateTime().toString();
    }

    private Instant now() {
        if (now == null) {
            now = register.now();
        }
        return now;
    }
}
