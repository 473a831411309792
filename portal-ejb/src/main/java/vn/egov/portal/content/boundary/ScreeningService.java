package vn.egov.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.content.control.ContentScreen;
import vn.egov.portal.content.control.Highlighter;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ScreeningRule;
import vn.egov.portal.media.control.RichText;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.security.entity.Roles;

/** The board's prohibited-content rules (Article 4) and the screening of articles against them. */
@Stateless
public class ScreeningService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** What the reviewer sees: each field with the hits marked. */
    public record Report(int hits, String title, String summary, String body, List<String> phrases) {}

    @PermitAll
    public int count(Article article) {
        return hitsIn(article).size();
    }

    @RolesAllowed({
        Roles.SECRETARY,
        Roles.DEPUTY_EDITOR,
        Roles.EDITOR_IN_CHIEF,
        Roles.SUBPORTAL_EDITOR,
        Roles.COLLABORATOR
    })
    public Report report(Article article) {
        ContentScreen screen = screen();
        String body = RichText.plain(article.getBody());
        List<ContentScreen.Hit> titleHits = screen.screen(article.getTitle());
        List<ContentScreen.Hit> summaryHits = screen.screen(article.getSummary());
        List<ContentScreen.Hit> bodyHits = screen.screen(body);
        List<String> phrases = java.util.stream.Stream.of(titleHits, summaryHits, bodyHits)
                .flatMap(List::stream)
                .map(ContentScreen.Hit::phrase)
                .distinct()
                .toList();
        return new Report(
                titleHits.size() + summaryHits.size() + bodyHits.size(),
                Highlighter.mark(article.getTitle(), titleHits),
                Highlighter.mark(article.getSummary(), summaryHits),
                Highlighter.mark(body, bodyHits),
                phrases);
    }

    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.SECRETARY, Roles.DEPUTY_EDITOR, Roles.SUBPORTAL_EDITOR, Roles.SYSADMIN})
    public List<ScreeningRule> listRules() {
        return em.createNamedQuery(ScreeningRule.ALL, ScreeningRule.class).getResultList();
    }

    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.SYSADMIN})
    public ScreeningRule addRule(String phrase, boolean ignoreDiacritics, String reason) {
        String clean = Text.clean(phrase);
        if (clean == null || clean.length() > 200) {
            throw InvalidInputException.of("phrase", "screening.error.phrase");
        }
        ScreeningRule rule = new ScreeningRule(clean, ignoreDiacritics, Text.clean(reason));
        em.persist(rule);
        audit.record("screening.rule.add", "rule " + rule.getId(), null);
        return rule;
    }

    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.SYSADMIN})
    public void setActive(Long ruleId, boolean active) {
        ScreeningRule rule = em.find(ScreeningRule.class, ruleId);
        if (rule == null) {
            throw new NotFoundException("Screening rule", ruleId);
        }
        rule.setActive(active);
        audit.record(active ? "screening.rule.on" : "screening.rule.off", "rule " + ruleId, null);
    }

    private List<ContentScreen.Hit> hitsIn(Article article) {
        ContentScreen screen = screen();
        List<ContentScreen.Hit> hits = new java.util.ArrayList<>(screen.screen(article.getTitle()));
        hits.addAll(screen.screen(article.getSummary()));
        hits.addAll(screen.screen(RichText.plain(article.getBody())));
        return hits;
    }

    private ContentScreen screen() {
        return new ContentScreen(em.createNamedQuery(ScreeningRule.ACTIVE, ScreeningRule.class).getResultList().stream()
                .map(rule -> new ContentScreen.Rule(rule.getPhrase(), rule.isIgnoreDiacritics()))
                .toList());
    }
}
