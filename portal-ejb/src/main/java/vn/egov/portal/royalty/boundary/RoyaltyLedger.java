package vn.egov.portal.royalty.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.content.boundary.EditorialActors;
import vn.egov.portal.content.control.EditorialRole;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleAuthor;
import vn.egov.portal.content.entity.ContentKind;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.royalty.control.RoyaltyShares;
import vn.egov.portal.royalty.entity.RoyaltyEntry;
import vn.egov.portal.royalty.entity.RoyaltyRate;
import vn.egov.portal.security.boundary.AccessControl;
import vn.egov.portal.security.boundary.AccessDeniedException;
import vn.egov.portal.security.entity.Roles;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.Site;

/**
 * Royalties (nhuận bút, Articles 12.1 and 17.3): the board's rate table per site and kind of work, the
 * authors' amounts fixed at first publication, and the monthly statement per author.
 */
@Stateless
public class RoyaltyLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    AccessControl access;

    @Inject
    EditorialActors actors;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** One author's total for the month, with the works it is made of. */
    public record AuthorStatement(
            String authorName, String authorAccount, BigDecimal total, List<RoyaltyEntry> works) {}

    /** Called by the workflow at an article's first publication; no rate means no royalty. */
    @PermitAll
    public void recordPublication(Article article) {
        BigDecimal rate = rateOf(article.getSite(), article.getKind());
        List<ArticleAuthor> authors = article.getAuthors();
        if (rate == null || authors.isEmpty()) {
            return;
        }
        List<BigDecimal> parts = RoyaltyShares.split(
                rate, authors.stream().map(ArticleAuthor::getSharePercent).toList());
        String period =
                YearMonth.from(article.getPublishedAt().atZone(clock.getZone())).toString();
        for (int i = 0; i < authors.size(); i++) {
            ArticleAuthor author = authors.get(i);
            em.persist(new RoyaltyEntry(
                    article,
                    author.getName(),
                    author.getAccount(),
                    author.getSharePercent(),
                    parts.get(i),
                    period,
                    article.getPublishedAt()));
        }
    }

    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SUBPORTAL_EDITOR, Roles.SYSADMIN})
    public Map<ContentKind, BigDecimal> listRates(String siteSlug) {
        Map<ContentKind, BigDecimal> rates = new LinkedHashMap<>();
        List<RoyaltyRate> stored = ratesOf(directory.getSite(siteSlug));
        for (ContentKind kind : ContentKind.values()) {
            rates.put(kind, findRate(stored, kind).map(RoyaltyRate::getAmount).orElse(null));
        }
        return rates;
    }

    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.SUBPORTAL_EDITOR})
    public void setRate(String siteSlug, ContentKind kind, BigDecimal amount) {
        Site site = directory.getSite(siteSlug);
        requireBoardHead(site);
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0) {
            throw InvalidInputException.of("amount", "royalty.error.amount");
        }
        BigDecimal whole = amount.setScale(0, java.math.RoundingMode.UNNECESSARY);
        findRate(ratesOf(site), kind)
                .ifPresentOrElse(
                        rate -> rate.change(whole, caller(), clock.instant()),
                        () -> em.persist(new RoyaltyRate(site, kind, whole, caller(), clock.instant())));
        audit.record("royalty.rate", "site " + site.getSlug(), kind + " " + whole.toPlainString());
    }

    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SUBPORTAL_EDITOR, Roles.SYSADMIN})
    public List<AuthorStatement> statement(String siteSlug, YearMonth month) {
        Site site = directory.getSite(siteSlug);
        if (!access.requireAccount().holds(vn.egov.portal.security.entity.Role.SYSADMIN)
                && !actors.roleOn(access.requireAccount(), site).isBoard()) {
            throw new AccessDeniedException("Not on the board of " + site.getSlug());
        }
        Map<String, List<RoyaltyEntry>> byAuthor = new LinkedHashMap<>();
        em.createNamedQuery(RoyaltyEntry.OF_PERIOD, RoyaltyEntry.class)
                .setParameter("period", month.toString())
                .setParameter("site", site.getId())
                .getResultList()
                .forEach(entry -> byAuthor.computeIfAbsent(entry.getAuthorName(), name -> new ArrayList<>())
                        .add(entry));
        return byAuthor.values().stream()
                .map(works -> new AuthorStatement(
                        works.get(0).getAuthorName(),
                        works.get(0).getAuthorAccount(),
                        works.stream().map(RoyaltyEntry::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add),
                        works))
                .toList();
    }

    private BigDecimal rateOf(Site site, ContentKind kind) {
        return findRate(ratesOf(site), kind).map(RoyaltyRate::getAmount).orElse(null);
    }

    private List<RoyaltyRate> ratesOf(Site site) {
        return em.createNamedQuery(RoyaltyRate.OF_SITE, RoyaltyRate.class)
                .setParameter("site", site.getId())
                .getResultList();
    }

    private static Optional<RoyaltyRate> findRate(List<RoyaltyRate> rates, ContentKind kind) {
        return rates.stream().filter(rate -> rate.getKind() == kind).findFirst();
    }

    private void requireBoardHead(Site site) {
        EditorialRole role = actors.roleOn(access.requireAccount(), site);
        if (role != EditorialRole.EDITOR_IN_CHIEF && role != EditorialRole.SUBPORTAL_EDITOR) {
            throw new AccessDeniedException("Only the head of the board of " + site.getSlug() + " sets rates");
        }
    }

    private String caller() {
        return access.requireAccount().getUsername();
    }
}
