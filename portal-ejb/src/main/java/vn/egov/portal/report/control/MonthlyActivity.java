package vn.egov.portal.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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

    /** The whole period's activity, every section's queries: for a job restarted after its sections were lost. */
    public MonthlyFigures.Activity of(ReportPeriod period) {
        Span span = span(period);
        Timed questions = questions(span);
        Timed deadlines = deadlines(span);
        List<String> agencies = agencies();
        return new MonthlyFigures.Activity(
                agencies,
                articles(span),
                deadlines.counts(),
                deadlines.samples(),
                questions.counts(),
                questions.samples(),
                applications(span),
                consultations(span),
                access(span));
    }

    /** One section of the period, running only that section's queries. */
    public Figures.Section section(ReportPeriod period, String key) {
        Span span = span(period);
        return switch (key) {
            case MonthlyFigures.ARTICLES -> MonthlyFigures.articles(articles(span));
            case MonthlyFigures.DEADLINES -> {
                Timed deadlines = deadlines(span);
                yield MonthlyFigures.deadlines(deadlines.counts(), deadlines.samples());
            }
            case MonthlyFigures.QA -> {
                Timed questions = questions(span);
                yield MonthlyFigures.qa(agencies(), questions.counts(), questions.samples());
            }
            case MonthlyFigures.ESERVICES -> MonthlyFigures.eservices(applications(span));
            case MonthlyFigures.CONSULTATIONS -> MonthlyFigures.consultations(agencies(), consultations(span));
            case MonthlyFigures.ACCESS -> MonthlyFigures.access(access(span));
            default -> throw new IllegalArgumentException("No section " + key + " in the monthly report");
        };
    }

    /** The period's bounds: instants in the portal's zone for timestamps, dates for the day counts. */
    record Span(ReportPeriod period, ZoneId zone, Instant from, Instant to) {}

    /** Counts and the working-day samples that go with them (answer times, deadline delays). */
    record Timed(List<Count> counts, List<Sample> samples) {}

    private Span span(ReportPeriod period) {
        ZoneId zone = config.zone();
        return new Span(
                period,
                zone,
                period.first().atStartOfDay(zone).toInstant(),
                period.end().atStartOfDay(zone).toInstant());
    }

    /** Page views and API calls of the period's days, as the access counter stored them. */
    List<Count> access(Span span) {
        List<Count> counts = new ArrayList<>();
        em.createQuery(
                        "select c.kind, sum(c.requests) from AccessCount c"
                                + " where c.day >= :first and c.day < :end group by c.kind",
                        Object[].class)
                .setParameter("first", span.period().first())
                .setParameter("end", span.period().end())
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

    List<Count> articles(Span span) {
        String byPlace = " left join a.category c join a.site s left join s.owner o";
        String groups = " group by c.name.vi, s.name.vi, o.name.vi";
        List<Count> counts = new ArrayList<>();
        counts(
                counts,
                MonthlyFigures.PUBLISHED,
                within(
                                "select c.name.vi, s.name.vi, o.name.vi, count(a) from Article a" + byPlace
                                        + " where a.publishedAt >= :from and a.publishedAt < :to" + groups,
                                span)
                        .getResultList());
        counts(
                counts,
                MonthlyFigures.UPDATED,
                within(
                                "select c.name.vi, s.name.vi, o.name.vi, count(r) from ArticleRevision r join r.article a"
                                        + byPlace
                                        + " where r.savedAt >= :from and r.savedAt < :to"
                                        + " and a.publishedAt is not null and a.publishedAt < r.savedAt" + groups,
                                span)
                        .getResultList());
        counts(
                counts,
                MonthlyFigures.UNPUBLISHED,
                within(
                                "select c.name.vi, s.name.vi, o.name.vi, count(e) from ArticleEvent e join e.article a"
                                        + byPlace
                                        + " where e.occurredAt >= :from and e.occurredAt < :to"
                                        + " and e.action in :actions" + groups,
                                span)
                        .setParameter(
                                "actions",
                                List.of(
                                        vn.egov.portal.content.entity.ArticleAction.UNPUBLISH,
                                        vn.egov.portal.content.entity.ArticleAction.AUTO_UNPUBLISH))
                        .getResultList());
        return counts;
    }

    Timed deadlines(Span span) {
        String fulfilled = " from Obligation o left join o.unit u where o.fulfilledAt >= :from and o.fulfilledAt < :to";
        List<Count> counts = new ArrayList<>();
        List<Sample> delays = new ArrayList<>();
        counts(
                counts,
                MonthlyFigures.ON_TIME,
                within(
                                "select o.kind, u.name.vi, count(o)" + fulfilled
                                        + " and (o.lateByWorkingDays is null or o.lateByWorkingDays <= 0)"
                                        + " group by o.kind, u.name.vi",
                                span)
                        .getResultList());
        List<Object[]> late = within(
                        "select o.kind, u.name.vi, o.lateByWorkingDays" + fulfilled + " and o.lateByWorkingDays > 0",
                        span)
                .getResultList();
        for (Object[] row : late) {
            List<String> labels = List.of((String) row[0], name(row[1]));
            counts.add(new Count(labels, MonthlyFigures.LATE, 1));
            delays.add(new Sample(labels, ((Number) row[2]).longValue()));
        }
        return new Timed(counts, delays);
    }

    Timed questions(Span span) {
        List<Count> counts = new ArrayList<>();
        List<Sample> answerTimes = new ArrayList<>();
        counts(
                counts,
                MonthlyFigures.RECEIVED,
                within(
                                "select g.name.vi, count(q) from Question q left join q.agency g"
                                        + " where q.receivedAt >= :from and q.receivedAt < :to and q.parent is null"
                                        + " group by g.name.vi",
                                span)
                        .getResultList());
        counts(
                counts,
                MonthlyFigures.REFUSED,
                within(
                                "select g.name.vi, count(q) from Question q left join q.agency g"
                                        + " where q.refusal.refusedAt >= :from and q.refusal.refusedAt < :to"
                                        + " group by g.name.vi",
                                span)
                        .getResultList());
        WorkingCalendar days = calendar.calendar();
        List<Object[]> answered = within(
                        "select g.name.vi, q.deadline.clockStart, coalesce(q.deadline.promisedDate, q.deadline.dueDate),"
                                + " q.answer.answeredAt from Question q left join q.agency g"
                                + " where q.answer.answeredAt >= :from and q.answer.answeredAt < :to",
                        span)
                .getResultList();
        for (Object[] row : answered) {
            List<String> labels = List.of(name(row[0]));
            LocalDate answeredOn = ((Instant) row[3]).atZone(span.zone()).toLocalDate();
            LocalDate due = date(row[2]);
            boolean late = due != null && answeredOn.isAfter(due);
            counts.add(new Count(labels, late ? MonthlyFigures.ANSWERED_LATE : MonthlyFigures.ANSWERED_ON_TIME, 1));
            if (row[1] != null) {
                LocalDate started = ((Instant) row[1]).atZone(span.zone()).toLocalDate();
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
                        .setParameter("to", span.to())
                        .setParameter("end", span.period().end())
                        .setParameter(
                                "open",
                                List.of(
                                        vn.egov.portal.qa.entity.QuestionState.RECEIVED,
                                        vn.egov.portal.qa.entity.QuestionState.ROUTED,
                                        vn.egov.portal.qa.entity.QuestionState.ANSWERED,
                                        vn.egov.portal.qa.entity.QuestionState.PUBLISHED))
                        .getResultList());
        return new Timed(counts, answerTimes);
    }

    List<Count> applications(Span span) {
        String byProcedure = " from Application a join a.procedure p left join a.agency g";
        List<Count> counts = new ArrayList<>();
        counts(
                counts,
                MonthlyFigures.RECEIVED,
                within(
                                "select p.name, g.name.vi, count(a)" + byProcedure
                                        + " where a.submittedAt >= :from and a.submittedAt < :to"
                                        + " group by p.name, g.name.vi",
                                span)
                        .getResultList());
        List<Object[]> results = within(
                        "select p.name, g.name.vi, a.dueDate, a.resultAt" + byProcedure
                                + " where a.resultAt >= :from and a.resultAt < :to",
                        span)
                .getResultList();
        for (Object[] row : results) {
            LocalDate due = date(row[2]);
            boolean late = due != null
                    && ((Instant) row[3]).atZone(span.zone()).toLocalDate().isAfter(due);
            counts.add(new Count(
                    List.of((String) row[0], name(row[1])), late ? MonthlyFigures.LATE : MonthlyFigures.ON_TIME, 1));
        }
        counts(
                counts,
                MonthlyFigures.REJECTED,
                within(
                                "select p.name, g.name.vi, count(a)" + byProcedure
                                        + " where a.closedAt >= :from and a.closedAt < :to"
                                        + " and a.state in :rejected group by p.name, g.name.vi",
                                span)
                        .setParameter(
                                "rejected",
                                List.of(
                                        vn.egov.portal.eservice.entity.ApplicationState.REFUSED,
                                        vn.egov.portal.eservice.entity.ApplicationState.REJECTED))
                        .getResultList());
        return counts;
    }

    List<Count> consultations(Span span) {
        List<Count> counts = new ArrayList<>();
        counts(
                counts,
                MonthlyFigures.OPENED,
                within(
                                "select g.name.vi, count(c) from Consultation c join c.leadAgency g"
                                        + " where c.openedAt >= :from and c.openedAt < :to group by g.name.vi",
                                span)
                        .getResultList());
        counts(
                counts,
                MonthlyFigures.COMMENTS,
                within(
                                "select g.name.vi, count(m) from Comment m join m.consultation c join c.leadAgency g"
                                        + " where m.receivedAt >= :from and m.receivedAt < :to group by g.name.vi",
                                span)
                        .getResultList());
        return counts;
    }

    /** A projection over the period: {@code :from} and {@code :to} bound to its instants. */
    private TypedQuery<Object[]> within(String jpql, Span span) {
        return em.createQuery(jpql, Object[].class)
                .setParameter("from", span.from())
                .setParameter("to", span.to());
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
