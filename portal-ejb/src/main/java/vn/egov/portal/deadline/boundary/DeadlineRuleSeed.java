package vn.egov.portal.deadline.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import vn.egov.portal.deadline.entity.DeadlineRule;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.setup.control.SeedFiles;
import vn.egov.portal.setup.control.StructureData;

/**
 * Adds the rules of {@code seed/deadline-rules.json} (Article 8.1) whose codes are missing, at every
 * start; rules the board has edited are left as they are.
 */
@jakarta.ejb.Stateless
// Open to every caller on purpose: the start-up applies the rules without a caller.
@PermitAll
public class DeadlineRuleSeed {

    private static final Logger LOG = Logger.getLogger(DeadlineRuleSeed.class.getName());

    /** The seed file's shape. */
    public record RuleData(
            String code,
            String clause,
            String category,
            StructureData.Names name,
            StructureData.Names trigger,
            int workingDays,
            int dueSoonDays) {}

    /** The seed file. */
    public record RulesData(List<RuleData> rules) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    DeadlineSettings settings;

    /** Idempotent: called at start-up and by demo data sets that need the rules first. */
    public void apply() {
        RulesData data = SeedFiles.read(settings.seed(), RulesData.class);
        long added = data.rules().stream().filter(this::addIfMissing).count();
        LOG.info(() -> "Deadline rules: " + added + " added");
    }

    private boolean addIfMissing(RuleData rule) {
        boolean exists = !em.createNamedQuery(DeadlineRule.BY_CODE, DeadlineRule.class)
                .setParameter("code", rule.code())
                .getResultList()
                .isEmpty();
        if (!exists) {
            em.persist(new DeadlineRule(
                    rule.code(),
                    rule.clause(),
                    rule.category(),
                    LocalizedText.of(rule.name().vi(), rule.name().en()),
                    rule.trigger() == null
                            ? null
                            : LocalizedText.of(
                                    rule.trigger().vi(), rule.trigger().en()),
                    rule.workingDays(),
                    rule.dueSoonDays()));
        }
        return !exists;
    }
}
