package vn.egov.portal.report.control;

import java.util.List;
import vn.egov.portal.report.control.SectionTally.Count;
import vn.egov.portal.report.control.SectionTally.Sample;

/**
 * The sections of the board's monthly report and how each is added up from what the aggregate
 * queries give ({@link MonthlyActivity}). Every agency of the site structure has a row in the agency
 * sections, zeros when it did nothing. Page views and API calls come from the access counter
 * ({@code statistics}), both rows always there.
 */
public final class MonthlyFigures {

    public static final String ARTICLES = "articles";
    public static final String DEADLINES = "deadlines";
    public static final String QA = "qa";
    public static final String ESERVICES = "eservices";
    public static final String CONSULTATIONS = "consultations";
    public static final String ACCESS = "access";

    public static final String CATEGORY = "category";
    public static final String SUBPORTAL = "subportal";
    public static final String AGENCY = "agency";
    public static final String INFORMATION_KIND = "informationKind";
    public static final String PROCEDURE = "procedure";
    public static final String ACCESS_KIND = "accessKind";
    /** The rows of the access section: what the access counter counts, in both languages. */
    public static final String PAGE_VIEWS = "Lượt xem trang / Page views";

    public static final String API_CALLS = "Lượt gọi API / API calls";

    public static final String PUBLISHED = "published";
    public static final String UPDATED = "updated";
    public static final String UNPUBLISHED = "unpublished";
    public static final String ON_TIME = "onTime";
    public static final String LATE = "late";
    public static final String AVERAGE_DELAY = "averageDelayDays";
    public static final String RECEIVED = "received";
    public static final String REFUSED = "refused";
    public static final String ANSWERED_ON_TIME = "answeredOnTime";
    public static final String ANSWERED_LATE = "answeredLate";
    public static final String OPEN_PAST_DUE = "openPastDue";
    public static final String AVERAGE_ANSWER = "averageAnswerDays";
    public static final String REJECTED = "rejected";
    public static final String OPENED = "opened";
    public static final String COMMENTS = "comments";
    public static final String REQUESTS = "requests";

    private MonthlyFigures() {}

    /** What the month's queries found, each list as a {@code GROUP BY} gives it. */
    public record Activity(
            List<String> agencies,
            List<Count> articles,
            List<Count> deadlines,
            List<Sample> deadlineDelays,
            List<Count> questions,
            List<Sample> answerTimes,
            List<Count> applications,
            List<Count> consultations,
            List<Count> access) {}

    /** The report's sections, in the report's order; each is computed on its own (one job partition each). */
    public static final List<String> SECTIONS = List.of(ARTICLES, DEADLINES, QA, ESERVICES, CONSULTATIONS, ACCESS);

    public static Figures of(String period, Activity activity) {
        return new Figures(
                period,
                List.of(
                        articles(activity.articles()),
                        deadlines(activity.deadlines(), activity.deadlineDelays()),
                        qa(activity.agencies(), activity.questions(), activity.answerTimes()),
                        eservices(activity.applications()),
                        consultations(activity.agencies(), activity.consultations()),
                        access(activity.access())));
    }

    public static Figures.Section articles(List<Count> articles) {
        return new SectionTally(
                        ARTICLES, List.of(CATEGORY, SUBPORTAL, AGENCY), List.of(PUBLISHED, UPDATED, UNPUBLISHED))
                .addAll(articles)
                .section();
    }

    public static Figures.Section deadlines(List<Count> deadlines, List<Sample> delays) {
        return new SectionTally(DEADLINES, List.of(INFORMATION_KIND, AGENCY), List.of(ON_TIME, LATE, AVERAGE_DELAY))
                .addAll(deadlines)
                .average(AVERAGE_DELAY, delays)
                .section();
    }

    public static Figures.Section qa(List<String> agencies, List<Count> questions, List<Sample> answerTimes) {
        return new SectionTally(
                        QA,
                        List.of(AGENCY),
                        List.of(RECEIVED, REFUSED, ANSWERED_ON_TIME, ANSWERED_LATE, OPEN_PAST_DUE, AVERAGE_ANSWER))
                .rows(rows(agencies))
                .addAll(questions)
                .average(AVERAGE_ANSWER, answerTimes)
                .section();
    }

    public static Figures.Section eservices(List<Count> applications) {
        return new SectionTally(ESERVICES, List.of(PROCEDURE, AGENCY), List.of(RECEIVED, ON_TIME, LATE, REJECTED))
                .addAll(applications)
                .section();
    }

    public static Figures.Section consultations(List<String> agencies, List<Count> consultations) {
        return new SectionTally(CONSULTATIONS, List.of(AGENCY), List.of(OPENED, COMMENTS))
                .rows(rows(agencies))
                .addAll(consultations)
                .section();
    }

    public static Figures.Section access(List<Count> access) {
        return new SectionTally(ACCESS, List.of(ACCESS_KIND), List.of(REQUESTS))
                .rows(List.of(List.of(PAGE_VIEWS), List.of(API_CALLS)))
                .addAll(access)
                .section();
    }

    private static List<List<String>> rows(List<String> agencies) {
        return agencies.stream().map(List::of).toList();
    }
}
