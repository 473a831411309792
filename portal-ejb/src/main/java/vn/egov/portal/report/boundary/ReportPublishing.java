package vn.egov.portal.report.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.egov.portal.content.boundary.ArticlePublished;
import vn.egov.portal.content.boundary.EditorialService;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.deadline.boundary.ObligationRequest;
import vn.egov.portal.deadline.boundary.Obligations;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.FiguresJson;
import vn.egov.portal.report.control.PublicationRules;
import vn.egov.portal.report.control.StatisticsArticle;
import vn.egov.portal.report.entity.PublishedStatistics;
import vn.egov.portal.report.entity.Report;
import vn.egov.portal.security.boundary.AccessControl;
import vn.egov.portal.site.boundary.SiteDirectory;

/**
 * The board publishes a current report, or chosen sections of it, as statistics (Article 5.14): the
 * decision is recorded, a draft statistics article goes into the editorial workflow of the main
 * portal, and the statistics deadline (Article 8.1f, 10 working days from the decision) opens on that
 * article. The article's first publication makes the sections public and meets the deadline.
 */
@Stateless
@RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR})
public class ReportPublishing {

    /** The obligation's kind: its subject is the statistics article. */
    public static final String OBLIGATION_KIND = "published-statistics";

    static final String RULE = "statistics";
    static final String CATEGORY = "thong-ke";

    @PersistenceContext
    EntityManager em;

    @Inject
    EditorialService editorial;

    @Inject
    SiteDirectory directory;

    @Inject
    Obligations obligations;

    @Inject
    AccessControl access;

    @Inject
    PublicContentVersion publicContent;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    /**
     * Publishes {@code choice} of report {@code reportId}: 404 for no report, 400 on {@code report}
     * for a kind that is never public (royalty statements), 409 for a superseded one
     * or a section already published, 400 on {@code sections} for an empty choice or an unknown key.
     */
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR})
    public PublishedStatistics publish(long reportId, PublicationChoice choice) {
        Report report = em.find(Report.class, reportId);
        if (report == null) {
            throw new NotFoundException("report", reportId);
        }
        if (!report.getKind().isPublishable()) {
            throw InvalidInputException.of("report", "report.publish.error.notPublishable");
        }
        if (!report.isCurrent()) {
            throw new ConflictException("report.publish.error.superseded", "report " + reportId);
        }
        List<String> sections = PublicationRules.chosen(
                FiguresJson.read(report.getData()).sections().stream()
                        .map(Figures.Section::key)
                        .toList(),
                choice.sections());
        List<String> already = PublicationRules.alreadyPublished(sections, decisions(reportId));
        if (!already.isEmpty()) {
            throw new ConflictException("report.publish.error.already", "report " + reportId + " " + already);
        }
        Instant now = clock.instant();
        Article article = editorial.create(
                directory.getMainSite().getSlug(),
                CATEGORY,
                Language.VIETNAMESE,
                StatisticsArticle.text(report.getKind(), report.getPeriod(), reportId, sections));
        PublishedStatistics decision = new PublishedStatistics(
                reportId, sections, now, access.requireAccount().getUsername(), article.getId());
        em.persist(decision);
        obligations.open(new ObligationRequest(
                OBLIGATION_KIND,
                article.getId(),
                article.getTitle(),
                "/admin/noi-dung/article.xhtml?id=" + article.getId(),
                RULE,
                null,
                LocalDate.ofInstant(now, config.zone()),
                null));
        return decision;
    }

    /** The board's decisions on these reports, by report id, oldest first (for the console's list). */
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.BATCH_OPERATOR, Roles.SYSADMIN})
    public Map<Long, List<PublishedStatistics>> decisionsOn(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery(
                        "select p from PublishedStatistics p where p.reportId in :reports order by p.decidedAt, p.id",
                        PublishedStatistics.class)
                .setParameter("reports", reportIds)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(PublishedStatistics::getReportId));
    }

    /**
     * In the publishing transaction of any article's first publication: a statistics article makes
     * its sections public and meets its deadline. Other articles are none of this feature's business.
     */
    @PermitAll
    public void articlePublished(@Observes ArticlePublished published) {
        Article article = published.article();
        List<PublishedStatistics> carried = em.createNamedQuery(
                        PublishedStatistics.OF_ARTICLE, PublishedStatistics.class)
                .setParameter("article", article.getId())
                .getResultList();
        if (carried.isEmpty()) {
            return;
        }
        carried.forEach(decision -> decision.published(article.getPublishedAt()));
        obligations.fulfil(OBLIGATION_KIND, article.getId(), article.getPublishedAt());
        publicContent.changed();
    }

    private List<PublishedStatistics> decisions(long reportId) {
        return em.createNamedQuery(PublishedStatistics.OF_REPORT, PublishedStatistics.class)
                .setParameter("report", reportId)
                .getResultList();
    }
}
