package vn.egov.portal.royalty.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.egov.portal.content.entity.ContentKind;
import vn.egov.portal.royalty.entity.RoyaltyRate;
import vn.egov.portal.setup.boundary.DemoDataset;
import vn.egov.portal.setup.control.SeedFiles;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.Site;

/**
 * The demo board's rate table, loaded before the demo articles so that their first publications
 * (observed by the ledger) fix royalties as on a real portal.
 */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
public class RoyaltyDemoData implements DemoDataset {

    /** The seed file: one site's rate per kind of work, and who set it. */
    public record RoyaltyRates(String site, String setBy, Map<String, Long> rates) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    Clock clock;

    @Override
    public String key() {
        return "demo.royalty.v1";
    }

    /** After the sites (10), before the articles (20). */
    @Override
    public int order() {
        return 15;
    }

    @Override
    public void load() {
        RoyaltyRates data = SeedFiles.read("seed/demo-royalty.json", RoyaltyRates.class);
        Site site = directory.getSite(data.site());
        // A demo database from before this set had its rates loaded with the content: keep those.
        Set<ContentKind> rated = em.createNamedQuery(RoyaltyRate.OF_SITE, RoyaltyRate.class)
                .setParameter("site", site.getId())
                .getResultStream()
                .map(RoyaltyRate::getKind)
                .collect(Collectors.toSet());
        data.rates().forEach((kind, amount) -> {
            if (!rated.contains(ContentKind.valueOf(kind))) {
                em.persist(new RoyaltyRate(
                        site, ContentKind.valueOf(kind), BigDecimal.valueOf(amount), data.setBy(), clock.instant()));
            }
        });
    }
}
