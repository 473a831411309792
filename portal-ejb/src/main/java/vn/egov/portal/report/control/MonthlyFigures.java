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

    public static Figures of(String period, Activity activity) {
        List<List<String>> agencyRows =
                activity.agencies().stream().map(List::of).toList();
        return new Figures(
                period,
                List.of(
                        new SectionTally(
                                        ARTICLES,
                                        List.of(CATEGORY, SUBPORTAL, AGENCY),
                                        List.of(PUBLISHED, UPDATED, UNPUBLISHED))
                                .addAll(activity.articles())
                                .section(),
                        new SectionTally(
                                        DEADLINES,
                                        List.of(INFORMATION_KIND, AGENCY),
                                        List.of(ON_TIME, LATE, AVERAGE_DELAY))
                                .addAll(activity.deadlines())
                                .average(AVERAGE_DELAY, activity.deadlineDelays())
                                .section(),
                        new SectionTally(
                                        QA,
                                        List.of(AGENCY),
                                        List.of(
                                                RECEIVED,
                                                REFUSED,
                                                ANSWERED_ON_TIME,
                                                ANSWERED_LATE,
                                                OPEN_PAST_DUE,
                                                AVERAGE_ANSWER))
                                .rows(agencyRows)
                                .addAll(activity.questions())
                                .average(AVERAGE_ANSWER, activity.answerTimes())
                                .section(),
                        new SectionTally(
                                        ESERVICES,
                                        List.of(PROCEDURE, AGENCY),
                                        List.of(RECEIVED, ON_TIME, LATE, REJECTED))
                                .addAll(activity.applications())
                                .section(),
                        new SectionTally(CONSULTATIONS, List.of(AGENCY), List.of(OPENED, COMMENTS))
                                .rows(agencyRows)
                                .addAll(activity.consultations())
                                .section(),
                        new SectionTally(ACCESS, List.of(ACCESS_KIND), List.of(REQUESTS))
                                .rows(List.of(List.of(PAGE_VIEWS), List.of(API_CALLS)))
                                .addAll(activity.access())
                                .section()));
    }
}
