package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.qa.control.QaSeedData;
import vn.egov.portal.qa.entity.ConsentText;
import vn.egov.portal.qa.entity.QaField;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * Adds the seed file's fields whose codes are missing, each routed to its agency when that unit
 * exists, and the consent text's version when it is new. Fields the board has re-routed stay as
 * they are; old consent versions stay for the record.
 */
@Stateless
@PermitAll
public class QaCatalogueSeed {

    @PersistenceContext
    EntityManager em;

    @Inject
    QaSettings settings;

    @Inject
    SiteDirectory directory;

    @Inject
    Clock clock;

    /** Returns how many fields were added. */
    public int apply() {
        QaSeedData data = settings.data();
        if (em.find(ConsentText.class, data.consent().version()) == null) {
            em.persist(new ConsentText(
                    data.consent().version(), QaSettings.text(data.consent().text()), clock.instant()));
        }
        List<QaField> known = em.createNamedQuery(QaField.ALL, QaField.class).getResultList();
        int added = 0;
        int order = 0;
        for (QaSeedData.Field field : data.fields()) {
            order++;
            if (known.stream().noneMatch(existing -> existing.getCode().equals(field.code()))) {
                OrgUnit agency = field.agency() == null
                        ? null
                        : directory.findOrgUnit(field.agency()).orElse(null);
                em.persist(new QaField(new Slug(field.code()), QaSettings.text(field.name()), agency, order));
                added++;
            }
        }
        return added;
    }
}
