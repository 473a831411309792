package vn.egov.portal.leader.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.egov.portal.content.control.DemoContentData;
import vn.egov.portal.leader.control.Portraits;
import vn.egov.portal.leader.entity.Leader;
import vn.egov.portal.leader.entity.ScheduleEntry;
import vn.egov.portal.media.boundary.MediaLibrary;
import vn.egov.portal.media.entity.MediaFile;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.entity.ContactInfo;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.setup.boundary.DemoDataset;
import vn.egov.portal.setup.control.SeedFiles;
import vn.egov.portal.site.boundary.SiteDirectory;

/** The demo province's leaders with drawn portraits, and their schedule for the current week. */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
public class LeaderDemoData implements DemoDataset {

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaLibrary mediaLibrary;

    @Inject
    SiteDirectory directory;

    @Inject
    Clock clock;

    @Override
    public String key() {
        return "demo.leaders.v1";
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public void load() {
        DemoContentData data = SeedFiles.read("seed/demo-content.json", DemoContentData.class);
        List<Leader> leaders = new ArrayList<>();
        int order = 0;
        for (DemoContentData.LeaderData item : data.leaders()) {
            leaders.add(leader(item, ++order));
        }
        LocalDate monday = LeaderDirectory.mondayOf(LocalDate.now(clock));
        for (DemoContentData.ScheduleData item : data.schedule()) {
            em.persist(new ScheduleEntry(
                    leaders.get(item.leader()),
                    monday.plusDays(item.day()),
                    LocalTime.parse(item.time()),
                    item.place(),
                    LocalizedText.of(item.vi(), item.en()),
                    null));
        }
    }

    private Leader leader(DemoContentData.LeaderData item, int order) {
        String slug = Slug.fromTitle(item.name()).value();
        byte[] portrait = Portraits.png(Portraits.initials(item.name()), item.color());
        MediaFile photo = mediaLibrary.addOwn(slug + ".png", portrait);
        Leader leader = new Leader(
                item.name(),
                slug,
                LocalizedText.of(item.titleVi(), item.titleEn()),
                directory.getOrgUnit(item.unit()),
                order);
        leader.describe(
                item.biography(),
                null,
                LocalizedText.of(item.dutiesVi(), item.dutiesEn()),
                new ContactInfo(null, item.phone(), item.fax(), item.email(), null),
                photo.getToken());
        em.persist(leader);
        return leader;
    }
}
