package vn.egov.portal.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.egov.portal.platform.config.boundary.PortalConfig;

/**
 * The royalties of a month across every site, as the ledger fixed them at first publication (the
 * entry's month, not the article's later edits): one line per author and work, read with one query
 * over the entries of that month. Sites are named in Vietnamese, the language of record.
 */
@Dependent
public class RoyaltyActivity {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalConfig config;

    public List<RoyaltyFigures.Work> of(ReportPeriod month) {
        return em
                .createQuery(
                        "select e.authorName, e.authorAccount, a.title, s.name.vi, e.publishedAt, e.sharePercent,"
                                + " e.amount from RoyaltyEntry e join e.article a join a.site s"
                                + " where e.period = :period",
                        Object[].class)
                .setParameter("period", month.text())
                .getResultList()
                .stream()
                .map(row -> new RoyaltyFigures.Work(
                        (String) row[0],
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        ((Instant) row[4]).atZone(config.zone()).toLocalDate(),
                        ((Number) row[5]).intValue(),
                        (BigDecimal) row[6]))
                .toList();
    }
}
