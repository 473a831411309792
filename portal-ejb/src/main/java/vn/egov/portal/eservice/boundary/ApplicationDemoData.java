package vn.egov.portal.eservice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.calendar.control.WorkingCalendar;
import vn.egov.portal.deadline.boundary.DeadlineRuleSeed;
import vn.egov.portal.eservice.control.ApplicationRepository;
import vn.egov.portal.eservice.control.DossierClock;
import vn.egov.portal.eservice.control.DossierDeadlines;
import vn.egov.portal.eservice.control.DossierSecrets;
import vn.egov.portal.eservice.control.EserviceNotices;
import vn.egov.portal.eservice.entity.Application;
import vn.egov.portal.eservice.entity.ApplicationEvent;
import vn.egov.portal.eservice.entity.ApplicationMove;
import vn.egov.portal.eservice.entity.DossierComponent;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.eservice.entity.ServiceRating;
import vn.egov.portal.guard.boundary.SubmissionGuard;
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.document.control.Document;
import vn.egov.portal.platform.document.control.DocumentFormat;
import vn.egov.portal.platform.document.control.GeneratedDocument;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.privacy.control.Particulars;
import vn.egov.portal.privacy.entity.PersonKind;
import vn.egov.portal.setup.boundary.DemoDataset;
import vn.egov.portal.setup.boundary.EarlierMonth;
import vn.egov.portal.setup.boundary.EarlierMonths;
import vn.egov.portal.setup.control.SeedFiles;

/**
 * Dossiers for the demo province (issue 11): {@code seed/demo-applications.json} tells each one's
 * story (procedure, applicant, how many days ago it was sent, where it ends: submitted, received,
 * processing, awaiting or after a supplement, result ready, completed and rated, rejected, refused at
 * intake, withdrawn; late ones with their letters of apology), and this set plays it through the
 * dossier's own workflow ({@link Application#move}), the processing clock of the portal's calendar
 * and the deadline obligations, dated back from today, so the desk, the deadline dashboard and the
 * public results show real figures. Particulars are sealed, files stored by the file store as for a
 * real dossier. The times of day and the dossier codes come from the file's fixed seed: every
 * install gets the same dossiers. No mail goes out.
 */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
// Two client views: the start-up loads it, and the demo's history plays it again in earlier months.
@Local({DemoDataset.class, EarlierMonths.class})
public class ApplicationDemoData implements DemoDataset, EarlierMonths {

    /** One dossier's story in the seed file; {@code path} is where it ends (a state, or SUPPLEMENTED). */
    public record DossierData(
            String procedure,
            int daysAgo,
            String path,
            String type,
            Particulars applicant,
            String supplement,
            String reason,
            boolean apology,
            int lateDays,
            String rating,
            String comment) {

        /** A story that ends in a closed state, with nothing left waiting on today. */
        boolean isClosed() {
            return List.of("COMPLETED", "REFUSED", "REJECTED", "WITHDRAWN").contains(path);
        }

        /** The same story sent {@code days} earlier. */
        DossierData earlier(int days) {
            return new DossierData(
                    procedure,
                    daysAgo + days,
                    path,
                    type,
                    applicant,
                    supplement,
                    reason,
                    apology,
                    lateDays,
                    rating,
                    comment);
        }
    }

    /** The seed file. */
    public record DemoApplications(long seed, List<DossierData> dossiers) {}

    /** Nothing of a later move may be dated this close to the start, or after it. */
    private static final Duration MARGIN = Duration.ofMinutes(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationRepository dossiers;

    @Inject
    DossierDeadlines deadlines;

    @Inject
    EserviceNotices notices;

    @Inject
    EserviceSettings settings;

    @Inject
    DeadlineRuleSeed deadlineRules;

    @Inject
    CalendarService calendarService;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Override
    public String key() {
        return "demo.eservice.applications.v1";
    }

    /** After the catalogue (40) and the accounts and agencies it names. */
    @Override
    public int order() {
        return 41;
    }

    @Override
    public void load() {
        deadlineRules.apply();
        em.flush();
        DemoApplications data = SeedFiles.read("seed/demo-applications.json", DemoApplications.class);
        Random random = new Random(data.seed());
        byte[] scan = scan();
        Story story = new Story(calendarService.calendar(), dossiers.clock(), clock.getZone(), clock.instant());
        data.dossiers().forEach(dossier -> play(dossier, random, scan, story));
    }

    /** The closed demo dossiers sent again in each earlier month ({@link EarlierMonths}). */
    @Override
    public void playEarlier(List<EarlierMonth> months) {
        DemoApplications data = SeedFiles.read("seed/demo-applications.json", DemoApplications.class);
        Random random = new Random(data.seed() + 1);
        byte[] scan = scan();
        Story story = new Story(calendarService.calendar(), dossiers.clock(), clock.getZone(), clock.instant());
        List<DossierData> closed =
                data.dossiers().stream().filter(DossierData::isClosed).toList();
        for (EarlierMonth month : months) {
            month.of(closed).forEach(dossier -> play(dossier.earlier(month.daysBack()), random, scan, story));
        }
    }

    private void play(DossierData data, Random random, byte[] scan, Story story) {
        Procedure procedure = em.createNamedQuery(Procedure.BY_CODE, Procedure.class)
                .setParameter("code", data.procedure())
                .getSingleResult();
        Particulars particulars = data.applicant();
        particulars.setKind(PersonKind.valueOf(data.type()));
        LocalDate sentOn = story.today.minusDays(data.daysAgo());
        Instant sent = story.at(sentOn, 7 + random.nextInt(14), random.nextInt(60));
        Application dossier = new Application(
                EserviceSettings.DOSSIER_CODES.next(
                        code -> dossiers.findByCode(code).isPresent(), random),
                DossierSecrets.digest(DossierSecrets.next()),
                new Application.Submitted(
                        procedure,
                        particulars.getKind(),
                        particulars.seal(),
                        SubmissionGuard.emailKey(particulars.getEmail()),
                        settings.consentVersion(),
                        Language.VIETNAMESE.code()),
                sent,
                story.dossierClock);
        em.persist(dossier);
        List<DossierComponent> components = procedure.getComponents();
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).isRequired()) {
                dossier.attach(i + 1, store(scan, i + 1), sent, false);
            }
        }
        em.flush();
        deadlines.submitted(dossier);
        new Moves(dossier, data, random, story, scan).play();
    }

    /** The official moves and the applicant's, in the order the path needs, each dated after the last. */
    private final class Moves {

        private final Application dossier;
        private final DossierData data;
        private final Random random;
        private final Story story;
        private final byte[] scan;
        private final String official;
        private Instant last;

        Moves(Application dossier, DossierData data, Random random, Story story, byte[] scan) {
            this.dossier = dossier;
            this.data = data;
            this.random = random;
            this.story = story;
            this.scan = scan;
            this.official = "mot-cua." + dossier.getAgency().getCode();
            this.last = dossier.getSubmittedAt();
        }

        void play() {
            String path = data.path();
            if (path.equals("SUBMITTED")) {
                return;
            }
            LocalDate intake = story.workingDayAfter(last, random.nextInt(2));
            if (path.equals("REFUSED")) {
                move(ApplicationMove.REFUSE, official, intake, data.reason());
                return;
            }
            move(ApplicationMove.RECEIVE, official, intake, null);
            if (path.equals("WITHDRAWN")) {
                move(ApplicationMove.WITHDRAW, ApplicationEvent.APPLICANT, story.dayAfter(last, 2), data.reason());
                return;
            }
            if (path.equals("RECEIVED")) {
                apologiseIfLate();
                return;
            }
            move(ApplicationMove.START_PROCESSING, official, story.workingDayAfter(last, random.nextInt(2)), null);
            if (data.supplement() != null) {
                move(ApplicationMove.REQUEST_SUPPLEMENT, official, story.workingDayAfter(last, 1), data.supplement());
                if (path.equals("NEEDS_SUPPLEMENT")) {
                    return;
                }
                move(
                        ApplicationMove.SUPPLEMENT,
                        ApplicationEvent.APPLICANT,
                        story.dayAfter(last, 2 + random.nextInt(3)),
                        null);
                dossier.attach(1, store(scan, 1), last, true);
            }
            if (path.equals("REJECTED")) {
                move(ApplicationMove.REJECT, official, story.workingDayAfter(last, 2), data.reason());
                return;
            }
            if (path.equals("PROCESSING") || path.equals("SUPPLEMENTED")) {
                apologiseIfLate();
                return;
            }
            LocalDate due = dossier.getDueDate();
            LocalDate ready = data.lateDays() > 0
                    ? story.calendar.addWorkingDays(due, data.lateDays()).date()
                    : earlier(due, random.nextInt(3));
            if (data.lateDays() > 0 && data.apology()) {
                apologise(story.calendar.addWorkingDays(due, 1).date(), ready);
            }
            move(ApplicationMove.MARK_RESULT_READY, official, ready, null);
            if (path.equals("RESULT_READY")) {
                return;
            }
            move(ApplicationMove.COMPLETE, official, story.workingDayAfter(last, 1 + random.nextInt(2)), null);
            if (data.rating() != null) {
                dossier.rate(
                        ServiceRating.valueOf(data.rating()),
                        data.comment(),
                        story.after(last, story.dayAfter(last, random.nextInt(3)), random));
            }
        }

        /** {@code days} working days before the due date, but not before the work started. */
        private LocalDate earlier(LocalDate due, int days) {
            LocalDate day = due;
            LocalDate started = LocalDate.ofInstant(last, story.zone);
            for (int i = 0; i < days; i++) {
                LocalDate before = day.minusDays(1);
                while (!story.calendar.isWorkingDay(before)) {
                    before = before.minusDays(1);
                }
                if (before.isBefore(started)) {
                    break;
                }
                day = before;
            }
            return day;
        }

        /** An open dossier past its due date gets its letter on the first working day after it. */
        private void apologiseIfLate() {
            if (!data.apology() || !dossier.isLate(story.today)) {
                return;
            }
            LocalDate letter =
                    story.calendar.addWorkingDays(dossier.getDueDate(), 1).date();
            apologise(
                    letter,
                    story.calendar
                            .addWorkingDays(letter, settings.apologyExtraDays())
                            .date());
        }

        private void apologise(LocalDate letter, LocalDate newDate) {
            Instant at = story.after(last, letter, random);
            dossier.apologise(
                    newDate, notices.apologyDraft(dossier, newDate), official, at, LocalDate.ofInstant(at, story.zone));
            last = at;
            deadlines.apologised(dossier);
        }

        private void move(ApplicationMove move, String actor, LocalDate day, String comment) {
            last = story.after(last, day, random);
            dossier.move(move, actor, last, comment, story.dossierClock);
            deadlines.moved(dossier, move);
        }
    }

    /** The day, the calendar and the zone the stories are told in. */
    private static final class Story {

        final WorkingCalendar calendar;
        final DossierClock dossierClock;
        final ZoneId zone;
        final Instant latest;
        final LocalDate today;

        Story(WorkingCalendar calendar, DossierClock dossierClock, ZoneId zone, Instant now) {
            this.calendar = calendar;
            this.dossierClock = dossierClock;
            this.zone = zone;
            this.latest = now.minus(MARGIN);
            this.today = LocalDate.ofInstant(now, zone);
        }

        Instant at(LocalDate day, int hour, int minute) {
            return clamp(day.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant());
        }

        /** In office hours on {@code day}, after {@code last}; never later than the start allows. */
        Instant after(Instant last, LocalDate day, Random random) {
            Instant at = at(day, 8 + random.nextInt(8), random.nextInt(60));
            Instant next = at.isAfter(last) ? at : last.plus(Duration.ofMinutes(20 + random.nextInt(90)));
            return next.isAfter(latest) ? last.plusSeconds(60) : next;
        }

        LocalDate workingDayAfter(Instant last, int days) {
            return calendar.addWorkingDays(LocalDate.ofInstant(last, zone), days)
                    .date();
        }

        LocalDate dayAfter(Instant last, int days) {
            return LocalDate.ofInstant(last, zone).plusDays(days);
        }

        private Instant clamp(Instant at) {
            return at.isAfter(latest) ? latest : at;
        }
    }

    private StoredFile store(byte[] scan, int component) {
        return files.store(settings.dossierRules(), "thanh-phan-" + component + ".pdf", new ByteArrayInputStream(scan));
    }

    /** The one demo scan every file of these dossiers holds: a page that says it is sample data. */
    private byte[] scan() {
        Document page = Document.titled("Tệp minh họa", Language.VIETNAMESE, clock.instant())
                .paragraph("Bản chụp giấy tờ trong hồ sơ mẫu của Cổng thông tin điện tử tỉnh: dữ liệu minh họa,"
                        + " không phải giấy tờ thật.")
                .build();
        return GeneratedDocument.of(page, DocumentFormat.PDF, "Tệp minh họa").bytes();
    }
}
