package vn.egov.portal.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.calendar.control.WorkingCalendar;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.report.control.SectionTally.Count;
import vn.egov.portal.report.control.SectionTally.Sample;
import vn.egov.portal.statistics.entity.AccessKind;

/**
 * What happened in a period, read with aggregate queries (GROUP BY and COUNT over the period's
 * bounds in the portal's zone, parameters bound); where a figure needs the portal calendar (on
 * time or late against a due date, working days taken) only dates and the row's names are read,
 * never a person's data. Rows are named in Vietnamese, the portal's language of record.
 */
@Dependent
public class MonthlyActivity {

    private static final Locale VI = Language.VIETNAMESE.locale();

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendar;

    @Inject
    PortalConfig config;

    public MonthlyFigures.Activity of(ReportPeriod period) {
        ZoneId zone = config.zone();
        Instant from = period.first().atStartOfDay(zone).toInstant();
        Instant to = period.end().atStartOfDay(zone).toInstant();
        WorkingCalendar days = calendar.calendar();
        List<Count> questions = new ArrayList<>();
        List<Sample> answerTimes = new ArrayList<>();
        questions(from, to, period.end(), zone, days, questions, answerTimes);
        List<Count> deadlines = new ArrayList<>();
        List<Sample> delays = new ArrayList<>();
        deadlines(from, to, deadlines, delays);
        return new MonthlyFigures.Activity(
                agencies(),
                articles(from, to),
                deadlines,
                delays,
                questions,
                answerTimes,
                applications(from, to, zone),
                consultations(from, to),
                access(period));
    }

    /** Page views and API calls of the month's days, as the access counter stored them. */
    List<Count> access(ReportPeriod period) {
        List<Count> counts = new ArrayList<>();
        em.createQuery(
                        "select c.kind, sum(c.requests) from AccessCount c"
                                + " where c.day >= :first and c.day < :end group by c.kind",
                        Object[].class)
                .setParameter("first", period.first())
                .setParameter("end", period.end())
                .getResultList()
                .forEach(row -> counts.add(new Count(
                        List.of(row[0] == AccessKind.API ? MonthlyFigures.API_CALLS : MonthlyFigures.PAGE_VIEWS),
                        MonthlyFigures.REQUESTS,
                        ((Number) row[1]).longValue())));
        return counts;
    }

    /** Every unit of the site structure, in tree order: each gets its row, zeros when quiet. */
    List<String> agencies() {
        return em.createQuery("select u.name.vi from OrgUnit u order by u.path", String.class).getResultList().stream()
                .distinct()
                .toList();
    }

    List<Count> articles(Instant from, Instant to) {
        List<Count> counts = new ArrayList<>();
        counts(
                counts,
                MonthlyFigures.PUBLISHED,
                em.createQuery(
                                "select c.name.vi, s.name.vi, o.name.vi, count(a) from Article a left join a.category c"
                                        + " join a.site s left join s.owner o"
                                        + " where a.publishedAt >= :from and a.publishedAt < :to"
                                        + " group by c.name.vi, s.name.vi, o.name.vi",
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList());
        counts(
                counts,
                MonthlyFigures.UPDATED,
                em.createQuery(
                                "select c.name.vi, s.name.vi, o.name.vi, count(r) from ArticleRevision r join r.article a"
                                        + " left join a.category c join a.site s left join s.owner o"
                                        + " where r.savedAt >= :from and r.savedAt < :to"
                                        + " and a.publishedAt is not null and a.publishedAt < r.savedAt"
                                        + " group by c.name.vi, s.name.vi, o.name.vi",
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList());
        counts(
                counts,
                MonthlyFigures.UNPUBLISHED,
                em.createQuery(
                                "select c.name.vi, s.name.vi, o.name.vi, count(e) from ArticleEvent e join e.article a"
                                        + " left join a.category c join a.site s left join s.owner o"
                                        + " where e.occurredAt >= :from and e.occurredAt < :to"
                                        + " and e.action in :actions"
                                        + " group by c.name.vi, s.name.vi, o.name.vi",
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter(
                                "actions",
                                List.of(
                                        vn.egov.portal.content.entity.ArticleAction.UNPUBLISH,
                                        vn.egov.portal.content.entity.ArticleAction.AUTO_UNPUBLISH))
                        .getResultList());
        return counts;
    }

    void deadlines(Instant from, Instant to, List<Count> counts, List<Sample> delays) {
        String fulfilled = " from Obligation o left join o.unit u where o.fulfilledAt >= :from and o.fulfilledAt < :to";
        counts(
                counts,
                MonthlyFigures.ON_TIME,
                em.createQuery(
                                "select o.kind, u.name.vi, count(o)" + fulfilled
                                        + " and (o.lateByWorkingDays is null or o.lateByWorkingDays <= 0)"
                                        + " group by o.kind, u.name.vi",
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList());
        List<Object[]> late = em.createQuery(
                        "select o.kind, u.name.vi, o.lateByWorkingDays" + fulfilled + " and o.lateByWorkingDays > 0",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (Object[] row : late) {
            List<String> labels = List.of((String) row[0], name(row[1]));
            counts.add(new Count(labels, MonthlyFigures.LATE, 1));
            delays.add(new Sample(labels, ((Number) row[2]).longValue()));
        }
    }

    void questions(
            Instant from,
            Instant to,
            LocalDate end,
            ZoneId zone,
            WorkingCalendar days,
            List<Count> counts,
            List<Sample> answerTimes) {
        counts(
                counts,
                MonthlyFigures.RECEIVED,
                em.createQuery(
                                "select g.name.vi, count(q) from Question q left join q.agency g"
                                        + " where q.receivedAt >= :from and q.receivedAt < :to and q.parent is null"
                                        + " group by g.name.vi",
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList());
        counts(
                counts,
                MonthlyFigures.REFUSED,
                em.createQuery(
                                "select g.name.vi, count(q) from Question q left join q.agency g"
                                        + " where q.refusal.refusedAt >= :from and q.refusal.refusedAt < :to"
                                        + " group by g.name.vi",
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList());
        List<Object[]> answered = em.createQuery(
                        "select g.name.vi, q.deadline.clockStart, coalesce(q.deadline.promisedDate, q.deadline.dueDate),"
                                + " q.answer.answeredAt from Question q left join q.agency g"
                                + " where q.answer.answeredAt >= :from and q.answer.answeredAt < :to",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (Object[] row : answered) {
            List<String> labels = List.of(name(row[0]));
            LocalDate answeredOn = ((Instant) row[3]).atZone(zone).toLocalDate();
            LocalDate due = date(row[2]);
            boolean late = due != null && answeredOn.isAfter(due);
            counts.add(new Count(labels, late ? MonthlyFigures.ANSWERED_LATE : MonthlyFigures.ANSWERED_ON_TIME, 1));
            if (row[1] != null) {
                LocalDate started = ((Instant) row[1]).atZone(zone).toLocalDate();
                if (!answeredOn.isBefore(started)) {
                    answerTimes.add(new Sample(
                            labels, days.workingDaysBetween(started, answeredOn).workingDays()));
                }
            }
        }
        counts(
                counts,
                MonthlyFigures.OPEN_PAST_DUE,
                em.createQuery(
                                "select g.name.vi, count(q) from Question q left join q.agency g"
                                        + " where q.receivedAt < :to and q.state in :open"
                                        + " and coalesce(q.deadline.promisedDate, q.deadline.dueDate) < :end"
                                        + " and (q.answer.answeredAt is null or q.answer.answeredAt >= :to)"
                                        + " group by g.name.vi",
                                Object[].class)
                        .setParameter("to", to)
                        .setParameter("end", end)
                        .setParameter(
                                "open",
                                List.of(
                                        vn.egov.portal.qa.entity.QuestionState.RECEIVED,
                                        vn.egov.portal.qa.entity.QuestionState.ROUTED,
                                        vn.egov.portal.qa.entity.QuestionState.ANSWERED,
                                        vn.egov.portal.qa.entity.QuestionState.PUBLISHED))
                        .getResultList());
    }

    List<Count> applications(Instant from, Instant to, ZoneId zone) {
        List<Count> counts = new ArrayList<>();
        counts(
                counts,
                MonthlyFigures.RECEIVED,
                em.createQuery(
                                "select p.name, g.name.vi, count(a) from Application a join a.procedure p"
                                        + " left join a.agency g where a.submittedAt >= :from and a.submittedAt < :to"
                                        + " group by p.name, g.name.vi",
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList());
        List<Object[]> results = em.createQuery(
                        "select p.name, g.name.vi, a.dueDate, a.resultAt from Application a join a.procedure p"
                                + " left join a.agency g where a.resultAt >= :from and a.resultAt < :to",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (Object[] row : results) {
            LocalDate due = date(row[2]);
            boolean late =
                    due != null && ((Instant) row[3]).atZone(zone).toLocalDate().isAfter(due);
            counts.add(new Count(
                    List.of((String) row[0], name(row[1])), late ? MonthlyFigures.LATE : MonthlyFigures.ON_TIME, 1));
        }
        counts(
                counts,
                MonthlyFigures.REJECTED,
                em.createQuery(
                                "select p.name, g.name.vi, count(a) from Application a join a.procedure p"
                                        + " left join a.agency g where a.closedAt >= :from and a.closedAt < :to"
                                        + " and a.state in :rejected group by p.name, g.name.vi",
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter(
                                "rejected",
                                List.of(
                                        vn.egov.portal.eservice.entity.ApplicationState.REFUSED,
                                        vn.egov.portal.eservice.entity.ApplicationState.REJECTED))
                        .getResultList());
        return counts;
    }

    List<Count> consultations(Instant from, Instant to) {
        List<Count> counts = new ArrayList<>();
        counts(
                counts,
                MonthlyFigures.OPENED,
                em.createQuery(
                                "select g.name.vi, count(c) from Consultation c join c.leadAgency g"
                                        + " where c.openedAt >= :from and c.openedAt < :to group by g.name.vi",
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList());
        counts(
                counts,
                MonthlyFigures.COMMENTS,
                em.createQuery(
                                "select g.name.vi, count(m) from Comment m join m.consultation c join c.leadAgency g"
                                        + " where m.receivedAt >= :from and m.receivedAt < :to group by g.name.vi",
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList());
        return counts;
    }

    /** Rows of (labels..., count) as counts of {@code column}; a missing name becomes the "none" label. */
    private static void counts(List<Count> counts, String column, List<Object[]> rows) {
        for (Object[] row : rows) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < row.length - 1; i++) {
                labels.add(name(row[i]));
            }
            counts.add(new Count(labels, column, ((Number) row[row.length - 1]).longValue()));
        }
    }

    /** A date as a projection gives it: LocalDate for a mapped field, java.sql.Date out of a coalesce. */
    private static LocalDate date(Object value) {
        if (value instanceof java.sql.Date sql) {
            return sql.toLocalDate();
        }
        return (LocalDate) value;
    }

    private static String name(Object name) {
        return name == null ? PortalMessages.get(VI, "report.row.none") : name.toString();
    }
}
