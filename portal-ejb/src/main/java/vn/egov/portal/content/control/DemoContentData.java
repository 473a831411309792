package vn.egov.portal.content.control;

import java.util.List;

/** The demo province's content as read from {@code seed/demo-content.json}. */
public record DemoContentData(
        List<RuleData> screeningRules,
        List<DelegationData> delegations,
        List<ArticleData> articles,
        List<ArticleData> workInProgress,
        List<LeaderData> leaders,
        List<ScheduleData> schedule,
        CoverAlt coverAlt) {

    /** The description of the drawn demo covers ({@link DemoCovers}), for readers who cannot see them. */
    public record CoverAlt(String vi, String en) {}

    public record RuleData(String phrase, boolean ignoreDiacritics, String reason) {}

    public record DelegationData(String username, String site, List<String> categories) {}

    public record Translation(String title, String summary, List<String> paragraphs) {}

    public record ArticleData(
            String site,
            String category,
            String kind,
            int daysAgo,
            String proposal,
            String state,
            boolean hit,
            String title,
            String summary,
            List<String> paragraphs,
            Translation en) {}

    public record LeaderData(
            String name,
            String titleVi,
            String titleEn,
            String unit,
            String biography,
            String dutiesVi,
            String dutiesEn,
            String phone,
            String fax,
            String email,
            String color) {}

    public record ScheduleData(int leader, int day, String time, String place, String vi, String en) {}
}
