package vn.egov.portal.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.content.control.ArticleDocuments;
import vn.egov.portal.content.control.ArticleTexts;
import vn.egov.portal.content.control.Decision;
import vn.egov.portal.content.control.EditorialActor;
import vn.egov.portal.content.control.EditorialRole;
import vn.egov.portal.content.control.EditorialWorkflow;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleAction;
import vn.egov.portal.content.entity.ArticleRevision;
import vn.egov.portal.content.entity.ArticleState;
import vn.egov.portal.content.entity.ArticleText;
import vn.egov.portal.integration.boundary.IntegratorAccess;
import vn.egov.portal.integration.entity.ApiToken;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.Phrase;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.search.entity.Searchable;
import vn.egov.portal.security.boundary.AccessControl;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.Site;

/**
 * Writing articles: new drafts in the writer's fields, edits kept as revisions and guarded by the
 * optimistic lock, English translations, and proposals from a sub-portal to the main portal.
 */
@Stateless
@RolesAllowed({Roles.COLLABORATOR, Roles.SECRETARY, Roles.DEPUTY_EDITOR, Roles.EDITOR_IN_CHIEF, Roles.SUBPORTAL_EDITOR})
public class EditorialService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    EditorialActors actors;

    @Inject
    ArticleWorkflow workflow;

    @Inject
    ScreeningService screening;

    @Inject
    Publication publication;

    @Inject
    SiteDirectory directory;

    @Inject
    PublicContentVersion publicContent;

    @Inject
    AuditTrail audit;

    @Inject
    InputCheck inputs;

    @Inject
    EditorialWorkflow rules;

    @Inject
    Clock clock;

    @Inject
    Event<Searchable> searchable;

    @Inject
    IntegratorAccess integrators;

    public Article create(String siteSlug, String categoryCode, Language language, ArticleText text) {
        UserAccount me = access.requireAccount();
        Site site = directory.getSite(siteSlug);
        Category category = directory.getCategory(categoryCode);
        EditorialActor actor = actors.of(me, site, category);
        if (!rules.mayWrite(actor)) {
            throw new AccessDeniedException(
                    "No field " + categoryCode + " on site " + siteSlug,
                    Phrase.of("access.article.field", category.getName(), site.getName()));
        }
        Article article = new Article(site, category, language, me.getUsername(), clock.instant());
        store(article, text, me.getUsername(), "article.created");
        audit.record("article.create", "article " + article.getId(), site.getSlug() + "/" + categoryCode);
        return article;
    }

    public Article update(Long id, long expectedVersion, ArticleText text, String note) {
        UserAccount me = access.requireAccount();
        Article article = workflow.getForEditing(id, me);
        if (article.getVersion() != expectedVersion) {
            throw new EditConflictException(article.getVersion());
        }
        store(article, text, me.getUsername(), note);
        if (article.getState() == ArticleState.PUBLISHED) {
            publicContent.changed();
            searchable.fire(ArticleDocuments.of(article, clock.getZone()));
        }
        audit.record("article.update", "article " + id, "revision " + article.getRevisionCount());
        return article;
    }

    /**
     * An article pushed by an integrator's system (Article 11): written as a draft by the token's
     * integrator and submitted at once, so it waits in the site's review queue like a collaborator's;
     * the board approves and publishes it, never the integrator. 403 for a token of another site.
     */
    @RolesAllowed(Roles.INTEGRATOR)
    public Article submitFromIntegrator(String siteSlug, String categoryCode, String language, ArticleText text) {
        Site site = directory.findSite(siteSlug).orElseThrow(() -> InvalidInputException.of("site", "api.error.site"));
        ApiToken token = integrators.requireSubmitter(site);
        Category category = directory
                .findCategory(categoryCode)
                .orElseThrow(() -> InvalidInputException.of("category", "article.error.categoryRequired"));
        Language lang = language == null
                ? Language.VIETNAMESE
                : Language.find(language).orElseThrow(() -> InvalidInputException.of("lang", "api.error.language"));
        String author = "api:" + token.getIntegrator();
        Article article = new Article(site, category, lang, author, clock.instant());
        store(article, text, author, "article.created");
        Decision decision = publication.apply(
                article,
                WorkflowAction.SUBMIT,
                new EditorialActor(EditorialRole.COLLABORATOR, true, true),
                author,
                null);
        if (!decision.allowed()) {
            throw new IllegalStateException("A new draft refused SUBMIT: " + decision.reasonKey());
        }
        audit.record("article.submit-by-api", "article " + article.getId(), site.getSlug() + "/" + categoryCode);
        return article;
    }

    /** Starts the English version of an article (Article 8.1g); it goes through the workflow itself. */
    public Article translate(Long originalId, ArticleText english) {
        Article original = workflow.getVisible(originalId, access.requireAccount());
        if (original.language() != Language.VIETNAMESE) {
            throw new ConflictException(
                    "article.error.translateVietnameseOnly", "Only Vietnamese originals are translated");
        }
        Article translation =
                create(original.getSite().getSlug(), original.getCategory().getCode(), Language.ENGLISH, english);
        translation.translates(original);
        return translation;
    }

    /**
     * Offers a published sub-portal article to the main portal: a copy enters the main board's queue
     * as submitted and names its origin; the original stays where it is.
     */
    @RolesAllowed({Roles.SUBPORTAL_EDITOR, Roles.EDITOR_IN_CHIEF})
    public Article proposeToMainPortal(Long id, String comment) {
        UserAccount me = access.requireAccount();
        Article original = workflow.getVisible(id, me);
        if (original.getSite().isMain() || original.getState() != ArticleState.PUBLISHED) {
            throw new ConflictException("article.error.proposeOnlyPublished", "Only published sub-portal articles");
        }
        if (!actors.roleOn(me, original.getSite()).isBoard()) {
            throw new AccessDeniedException(
                    "Not on the board of " + original.getSite().getSlug(),
                    Phrase.of("access.article.otherSite", original.getSite().getName()));
        }
        if (workflow.openProposal(original).isPresent()) {
            throw new ConflictException("article.error.alreadyProposed", "A proposal of article " + id + " is open");
        }
        Site main = directory.getMainSite();
        Article copy =
                new Article(main, original.getCategory(), original.language(), me.getUsername(), clock.instant());
        ArticleText text = ArticleText.from(original);
        copy.write(text, ArticleTexts.slugOf(text.title()), ArticleTexts.searchTextOf(text), clock.instant());
        copy.proposedFrom(original, clock.instant());
        em.persist(copy);
        em.persist(new ArticleRevision(copy, copy.nextRevision(), me.getUsername(), clock.instant(), comment));
        copy.screened(screening.count(copy));
        publication.record(copy, ArticleAction.PROPOSED, null, me.getUsername(), comment);
        publication.record(original, ArticleAction.PROPOSED_TO_MAIN, original.getState(), me.getUsername(), comment);
        audit.record("article.propose", "article " + original.getId(), "main copy " + copy.getId());
        return copy;
    }

    private void store(Article article, ArticleText typed, String author, String note) {
        ArticleText text = ArticleTexts.clean(inputs.require(typed));
        article.write(text, ArticleTexts.slugOf(text.title()), ArticleTexts.searchTextOf(text), clock.instant());
        if (article.isNew()) {
            em.persist(article);
        }
        article.screened(screening.count(article));
        em.persist(new ArticleRevision(article, article.nextRevision(), author, clock.instant(), note));
        em.flush();
    }
}
