package vn.egov.portal.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import vn.egov.portal.content.control.EditorialRole;
import vn.egov.portal.content.control.TextDiff;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleEvent;
import vn.egov.portal.content.entity.ArticleRevision;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.security.boundary.AccessControl;
import vn.egov.portal.security.boundary.AccessDeniedException;
import vn.egov.portal.security.entity.Roles;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.Site;

/**
 * The console's reads: review queues limited to the sites the official works on (a collaborator sees
 * their own work), an article's history of moves, its revisions and the difference between two.
 */
@Stateless
@RolesAllowed({Roles.COLLABORATOR, Roles.SECRETARY, Roles.DEPUTY_EDITOR, Roles.EDITOR_IN_CHIEF, Roles.SUBPORTAL_EDITOR})
public class EditorialQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    EditorialActors actors;

    @Inject
    ArticleWorkflow workflow;

    @Inject
    ArticleSearch search;

    @Inject
    SiteDirectory directory;

    /** The differences between two revisions, field by field. */
    public record RevisionDiff(
            ArticleRevision older,
            ArticleRevision newer,
            List<TextDiff.Part> title,
            List<TextDiff.Part> summary,
            List<TextDiff.Part> body) {}

    /** The sites where the caller has an editorial role, main portal first. */
    public List<Site> listMySites() {
        UserAccount me = access.requireAccount();
        List<Site> all = new ArrayList<>();
        all.add(directory.getMainSite());
        all.addAll(directory.listSubPortals());
        return all.stream()
                .filter(site -> actors.roleOn(me, site) != EditorialRole.NONE)
                .toList();
    }

    public List<Article> list(ArticleFilter filter, int first, int max, ArticleSearch.Sort sort, boolean ascending) {
        return search.list(scoped(filter), first, Math.min(max, 200), sort, ascending);
    }

    public long count(ArticleFilter filter) {
        return search.count(scoped(filter));
    }

    public Article getArticle(Long id) {
        return workflow.getVisible(id, access.requireAccount());
    }

    public List<ArticleEvent> listHistory(Long id) {
        getArticle(id);
        return em.createNamedQuery(ArticleEvent.OF_ARTICLE, ArticleEvent.class)
                .setParameter("article", id)
                .getResultList();
    }

    public List<ArticleRevision> listRevisions(Long id) {
        getArticle(id);
        return em.createNamedQuery(ArticleRevision.OF_ARTICLE, ArticleRevision.class)
                .setParameter("article", id)
                .getResultList();
    }

    public RevisionDiff diff(Long id, int olderNo, int newerNo) {
        List<ArticleRevision> revisions = listRevisions(id);
        ArticleRevision older = revision(revisions, Math.min(olderNo, newerNo));
        ArticleRevision newer = revision(revisions, Math.max(olderNo, newerNo));
        return new RevisionDiff(
                older,
                newer,
                TextDiff.words(older.getTitle(), newer.getTitle()),
                TextDiff.words(older.getSummary(), newer.getSummary()),
                TextDiff.lines(older.getBody(), newer.getBody()));
    }

    private static ArticleRevision revision(List<ArticleRevision> revisions, int number) {
        return revisions.stream()
                .filter(revision -> revision.getRevisionNo() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Revision", number));
    }

    /** Keeps the filter inside the caller's sites; collaborators see only what they wrote. */
    private ArticleFilter scoped(ArticleFilter filter) {
        UserAccount me = access.requireAccount();
        Site site = filter.siteSlug() == null ? directory.getMainSite() : directory.getSite(filter.siteSlug());
        EditorialRole role = actors.roleOn(me, site);
        if (role == EditorialRole.NONE) {
            throw new AccessDeniedException("No editorial role on site " + site.getSlug());
        }
        String createdBy = role == EditorialRole.COLLABORATOR ? me.getUsername() : filter.createdBy();
        return new ArticleFilter(
                site.getSlug(), filter.categoryCode(), filter.language(), filter.states(), filter.text(), createdBy);
    }
}
