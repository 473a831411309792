package vn.egov.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import vn.egov.portal.content.control.ArticleTexts;
import vn.egov.portal.content.control.DemoContentData;
import vn.egov.portal.content.control.DemoCovers;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleAction;
import vn.egov.portal.content.entity.ArticleAuthor;
import vn.egov.portal.content.entity.ArticleEvent;
import vn.egov.portal.content.entity.ArticleRevision;
import vn.egov.portal.content.entity.ArticleState;
import vn.egov.portal.content.entity.ArticleText;
import vn.egov.portal.content.entity.ContentKind;
import vn.egov.portal.content.entity.EditorialDelegation;
import vn.egov.portal.content.entity.ScreeningRule;
import vn.egov.portal.media.boundary.MediaLibrary;
import vn.egov.portal.media.entity.MediaFile;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.royalty.boundary.RoyaltyLedger;
import vn.egov.portal.royalty.entity.RoyaltyRate;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.setup.boundary.DemoDataset;
import vn.egov.portal.setup.control.SeedFiles;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.Site;

/**
 * A living demo portal: published news in all 14 categories with their editorial history, sub-portal
 * news, proposals to the main portal, work in every queue, English translations, royalty rates and
 * the board's screening rules.
 */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
public class ContentDemoData implements DemoDataset {

    private static final String WRITER = "congtacvien";

    /** The main board's road: the collaborator writes, the secretary reviews, the deputy approves, the head publishes. */
    private static final String[] MAIN_BOARD = {WRITER, "thuky", "phobientap", "bientap"};

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    ScreeningService screening;

    @Inject
    RoyaltyLedger royalties;

    @Inject
    Clock clock;

    @Inject
    MediaLibrary mediaLibrary;

    @Override
    public String key() {
        return "demo.content.v1";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        DemoContentData data = SeedFiles.read("seed/demo-content.json", DemoContentData.class);
        Site main = directory.getMainSite();
        data.rates()
                .forEach((kind, amount) -> em.persist(new RoyaltyRate(
                        main, ContentKind.valueOf(kind), BigDecimal.valueOf(amount), "bientap", clock.instant())));
        data.screeningRules()
                .forEach(rule -> em.persist(new ScreeningRule(rule.phrase(), rule.ignoreDiacritics(), rule.reason())));
        data.delegations().forEach(this::delegate);
        data.articles().forEach(article -> published(article, data.coverAlt()));
        data.workInProgress().forEach(this::inProgress);
    }

    private void delegate(DemoContentData.DelegationData data) {
        UserAccount account = account(data.username());
        Site site = directory.getSite(data.site());
        data.categories()
                .forEach(code ->
                        em.persist(new EditorialDelegation(account, site, directory.getCategory(code), "bientap")));
    }

    /** A published demo article with a drawn cover (news cards and the lead story show pictures). */
    private void published(DemoContentData.ArticleData data, DemoContentData.CoverAlt coverAlt) {
        Instant at =
                clock.instant().minus(Duration.ofDays(data.daysAgo())).minus(Duration.ofHours(data.daysAgo() % 5 + 1));
        boolean main = "tinh".equals(data.site());
        String writer = main ? WRITER : editorOf(data.site());
        MediaFile coverFile =
                mediaLibrary.addOwn(ArticleTexts.slugOf(data.title()) + ".jpg", DemoCovers.jpeg(data.title()));
        String cover = coverFile.getToken();
        Article article = article(
                data.site(),
                data.category(),
                Language.VIETNAMESE,
                text(data.title(), data.summary(), data.paragraphs(), data.kind(), writer, cover, coverAlt.vi()),
                writer,
                at);
        // A sub-portal's editor takes their own article all the way (Article 16.1); the main board splits the road.
        story(article, at, main ? MAIN_BOARD : new String[] {writer, writer, writer, writer});
        if (data.en() != null) {
            DemoContentData.Translation en = data.en();
            Article english = article(
                    data.site(),
                    data.category(),
                    Language.ENGLISH,
                    text(en.title(), en.summary(), en.paragraphs(), data.kind(), null, cover, coverAlt.en()),
                    "bientap",
                    at);
            english.translates(article);
            story(english, at, "bientap", "thuky", "phobientap", "bientap");
        }
        if (data.proposal() != null) {
            propose(article, data.proposal(), at.plus(Duration.ofHours(2)));
        }
    }

    private void propose(Article original, String state, Instant at) {
        String editor = original.getCreatedBy();
        Article copy = article(
                "tinh", original.getCategory().getCode(), original.language(), ArticleText.from(original), editor, at);
        copy.proposedFrom(original, at);
        em.persist(new ArticleEvent(copy, ArticleAction.PROPOSED, null, ArticleState.SUBMITTED, editor, at, null));
        em.persist(new ArticleEvent(
                original, ArticleAction.PROPOSED_TO_MAIN, original.getState(), original.getState(), editor, at, null));
        if (ArticleState.valueOf(state) == ArticleState.PUBLISHED) {
            event(copy, ArticleAction.START_REVIEW, ArticleState.IN_REVIEW, "thuky", at.plusSeconds(600));
            event(copy, ArticleAction.APPROVE, ArticleState.APPROVED, "bientap", at.plusSeconds(1200));
            event(copy, ArticleAction.PUBLISH, ArticleState.PUBLISHED, "bientap", at.plusSeconds(1800));
            royalties.recordPublication(copy);
        }
    }

    private void inProgress(DemoContentData.ArticleData data) {
        Instant at = clock.instant().minus(Duration.ofHours(3));
        ArticleText text = text(data.title(), data.summary(), data.paragraphs(), "NEWS", WRITER, null, null);
        ArticleState target = ArticleState.valueOf(data.state());
        if (target == ArticleState.SCHEDULED) {
            text = text.withSchedule(clock.instant().plus(Duration.ofHours(2)), null);
        }
        Article article = article(data.site(), data.category(), Language.VIETNAMESE, text, WRITER, at);
        article.screened(screening.count(article));
        ArticleState[] path = {
            ArticleState.SUBMITTED, ArticleState.IN_REVIEW, ArticleState.APPROVED, ArticleState.SCHEDULED
        };
        ArticleAction[] actions = {
            ArticleAction.SUBMIT, ArticleAction.START_REVIEW, ArticleAction.APPROVE, ArticleAction.SCHEDULE
        };
        for (int i = 0; i < path.length && target != ArticleState.DRAFT; i++) {
            event(article, actions[i], path[i], MAIN_BOARD[i], at.plusSeconds(600L * (i + 1)));
            if (path[i] == target) {
                break;
            }
        }
    }

    /**
     * The usual road of a published article, by who takes each step: the writer submits, a reviewer
     * takes it up, an approver approves and a publisher publishes.
     */
    private void story(Article article, Instant at, String... submitReviewApprovePublish) {
        String[] by = submitReviewApprovePublish;
        event(article, ArticleAction.SUBMIT, ArticleState.SUBMITTED, by[0], at.minusSeconds(5400));
        event(article, ArticleAction.START_REVIEW, ArticleState.IN_REVIEW, by[1], at.minusSeconds(3600));
        event(article, ArticleAction.APPROVE, ArticleState.APPROVED, by[2], at.minusSeconds(1800));
        event(article, ArticleAction.PUBLISH, ArticleState.PUBLISHED, by[3], at);
        royalties.recordPublication(article);
    }

    private Article article(
            String siteSlug, String category, Language language, ArticleText text, String writer, Instant at) {
        Article article = new Article(
                directory.getSite(siteSlug), directory.getCategory(category), language, writer, at.minusSeconds(7200));
        article.write(text, ArticleTexts.slugOf(text.title()), ArticleTexts.searchTextOf(text), at.minusSeconds(7200));
        em.persist(article);
        em.persist(new ArticleRevision(article, article.nextRevision(), writer, at.minusSeconds(7200), null));
        return article;
    }

    private void event(Article article, ArticleAction action, ArticleState to, String actor, Instant at) {
        em.persist(article.replay(action, to, actor, at));
    }

    private ArticleText text(
            String title,
            String summary,
            List<String> paragraphs,
            String kind,
            String writer,
            String coverToken,
            String coverAlt) {
        String body = paragraphs.stream().map(p -> "<p>" + p + "</p>").collect(Collectors.joining());
        List<ArticleAuthor> authors = writer == null
                ? List.of()
                : List.of(new ArticleAuthor(account(writer).getDisplayName(), writer, 100));
        ArticleText text = ArticleText.illustrated(title, summary, body, coverToken, coverAlt)
                .withAuthors(authors);
        return text.withDetails(null, null, ContentKind.valueOf(kind), List.of());
    }

    /** The sub-portal's own editor from the demo accounts, who writes and publishes its news. */
    private String editorOf(String siteSlug) {
        Site site = directory.getSite(siteSlug);
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList().stream()
                .filter(account -> account.holds(Role.SUBPORTAL_EDITOR, site))
                .map(UserAccount::getUsername)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo editor for sub-portal " + siteSlug));
    }

    private UserAccount account(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getSingleResult();
    }
}
