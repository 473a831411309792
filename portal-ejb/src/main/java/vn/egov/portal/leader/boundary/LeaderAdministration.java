package vn.egov.portal.leader.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.leader.entity.Leader;
import vn.egov.portal.leader.entity.ScheduleEntry;
import vn.egov.portal.media.control.RichText;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.entity.ContactInfo;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;
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

    @Inject
    InputCheck inputs;

    /** The fields of a profile as the console form sends them, with their rules. */
    public record Profile(
            @Required(message = "{leader.error.name}") @MaxLength(200) String name,
            @Required(message = "{leader.error.title}") @MaxLength(300) String titleVi,
            @MaxLength(300) String titleEn,
            String unitCode,
            int sortOrder,
            String biographyVi,
            String biographyEn,
            @MaxLength(4000) String dutiesVi,
            @MaxLength(4000) String dutiesEn,
            @MaxLength(50) String phone,
            @MaxLength(50) String fax,
            @MaxLength(200) String email,
            @MaxLength(40) String photoToken) {}

    /** One engagement of a leader's weekly schedule as the console form sends it. */
    public record Engagement(
            @NotNull(message = "{schedule.error.day}") LocalDate day,
            @NotNull(message = "{schedule.error.start}") LocalTime start,
            @MaxLength(300) String place,
            @Required(message = "{schedule.error.content}") @MaxLength(1000) String contentVi,
            @MaxLength(1000) String contentEn,
            @MaxLength(500) String with) {}

    public Leader save(Long id, Profile profile) {
        inputs.require(profile);
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

    public ScheduleEntry addEntry(Long leaderId, Engagement engagement) {
        Leader leader = em.find(Leader.class, leaderId);
        if (leader == null) {
            throw new NotFoundException("Leader", leaderId);
        }
        inputs.require(engagement);
        ScheduleEntry entry = new ScheduleEntry(
                leader,
                engagement.day(),
                engagement.start(),
                Text.clean(engagement.place()),
                LocalizedText.of(Text.clean(engagement.contentVi()), Text.clean(engagement.contentEn())),
                Text.clean(engagement.with()));
        em.persist(entry);
        publicContent.changed();
        audit.record("schedule.add", "leader " + leaderId, engagement.day().toString());
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
        return Slug.firstFree(name, candidate -> !em.createNamedQuery(Leader.BY_SLUG, Leader.class)
                .setParameter("slug", candidate)
                .getResultList()
                .isEmpty());
    }
}
