package vn.egov.portal.leader.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.leader.entity.Leader;
import vn.egov.portal.leader.entity.ScheduleEntry;
import vn.egov.portal.media.control.RichText;
import vn.egov.portal.platform.boundary.InvalidInputException;
import vn.egov.portal.platform.boundary.NotFoundException;
import vn.egov.portal.platform.boundary.PublicContentVersion;
import vn.egov.portal.platform.control.Slug;
import vn.egov.portal.platform.control.Text;
import vn.egov.portal.platform.entity.ContactInfo;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.security.entity.Roles;
import vn.egov.portal.site.boundary.SiteDirectory;

/** Leaders' profiles and weekly schedules, kept by the main board in the console. */
@Stateless
@RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SYSADMIN})
public class LeaderAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    PublicContentVersion publicContent;

    /** The fields of a profile as the console form sends them. */
    public record Profile(
            String name,
            String titleVi,
            String titleEn,
            String unitCode,
            int sortOrder,
            String biographyVi,
            String biographyEn,
            String dutiesVi,
            String dutiesEn,
            String phone,
            String fax,
            String email,
            String photoToken) {}

    public Leader save(Long id, Profile profile) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (Text.clean(profile.name()) == null) {
            errors.put("name", "leader.error.name");
        }
        if (Text.clean(profile.titleVi()) == null) {
            errors.put("titleVi", "leader.error.title");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalizedText title = LocalizedText.of(Text.clean(profile.titleVi()), Text.clean(profile.titleEn()));
        var unit = profile.unitCode() == null ? null : directory.getOrgUnit(profile.unitCode());
        Leader leader = id == null ? null : em.find(Leader.class, id);
        if (leader == null) {
            leader = new Leader(
                    Text.clean(profile.name()), uniqueSlug(profile.name()), title, unit, profile.sortOrder());
            em.persist(leader);
        } else {
            leader.rename(Text.clean(profile.name()), title, unit, profile.sortOrder());
        }
        leader.describe(
                RichText.sanitize(Text.nfc(profile.biographyVi())),
                RichText.sanitize(Text.nfc(profile.biographyEn())),
                Text.clean(profile.dutiesVi()) == null
                        ? null
                        : LocalizedText.of(Text.nfc(profile.dutiesVi()), Text.nfc(profile.dutiesEn())),
                new ContactInfo(
                        null,
                        Text.clean(profile.phone()),
                        Text.clean(profile.fax()),
                        Text.clean(profile.email()),
                        null),
                profile.photoToken());
        publicContent.changed();
        audit.record("leader.save", "leader " + leader.getId(), null);
        return leader;
    }

    public ScheduleEntry addEntry(
            Long leaderId,
            LocalDate day,
            LocalTime start,
            String place,
            String contentVi,
            String contentEn,
            String with) {
        Leader leader = em.find(Leader.class, leaderId);
        if (leader == null) {
            throw new NotFoundException("Leader", leaderId);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (day == null) {
            errors.put("day", "schedule.error.day");
        }
        if (start == null) {
            errors.put("start", "schedule.error.start");
        }
        if (Text.clean(contentVi) == null) {
            errors.put("contentVi", "schedule.error.content");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ScheduleEntry entry = new ScheduleEntry(
                leader,
                day,
                start,
                Text.clean(place),
                LocalizedText.of(Text.clean(contentVi), Text.clean(contentEn)),
                Text.clean(with));
        em.persist(entry);
        publicContent.changed();
        audit.record("schedule.add", "leader " + leaderId, day.toString());
        return entry;
    }

    public void removeEntry(Long entryId) {
        ScheduleEntry entry = em.find(ScheduleEntry.class, entryId);
        if (entry == null) {
            throw new NotFoundException("Schedule entry", entryId);
        }
        em.remove(entry);
        publicContent.changed();
        audit.record(
                "schedule.remove",
                "leader " + entry.getLeader().getId(),
                entry.getWorkDate().toString());
    }

    private String uniqueSlug(String name) {
        String base = Slug.fromTitle(name).value();
        String candidate = base;
        for (int n = 2;
                !em.createNamedQuery(Leader.BY_SLUG, Leader.class)
                        .setParameter("slug", candidate)
                        .getResultList()
                        .isEmpty();
                n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
