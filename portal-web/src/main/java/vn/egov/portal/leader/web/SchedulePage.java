package vn.egov.portal.leader.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.content.web.PublicPages;
import vn.egov.portal.leader.boundary.LeaderDirectory;
import vn.egov.portal.leader.entity.ScheduleEntry;

/** The leaders' work schedule for one week (Article 5.2), this week unless ?tuan=yyyy-MM-dd names another. */
@Named
@RequestScoped
public class SchedulePage {

    @Inject
    LeaderDirectory directory;

    @Inject
    Clock clock;

    private LocalDate monday;
    private Map<LocalDate, List<ScheduleEntry>> days;

    public LocalDate getMonday() {
        if (monday == null) {
            LocalDate asked = null;
            String week = PublicPages.param("tuan");
            try {
                asked = week == null ? null : LocalDate.parse(week);
            } catch (DateTimeParseException unreadable) {
                asked = null;
            }
            monday = LeaderDirectory.mondayOf(asked == null ? LocalDate.now(clock) : asked);
        }
        return monday;
    }

    /** Monday to Sunday, each with its entries (possibly none). */
    public List<Map.Entry<LocalDate, List<ScheduleEntry>>> getDays() {
        if (days == null) {
            days = new LinkedHashMap<>();
            for (int i = 0; i < 7; i++) {
                days.put(getMonday().plusDays(i), new java.util.ArrayList<>());
            }
            directory.listWeek(getMonday()).forEach(entry -> days.get(entry.getWorkDate())
                    .add(entry));
        }
        return List.copyOf(days.entrySet());
    }

    public String getPreviousWeek() {
        return getMonday().minusWeeks(1).toString();
    }

    public String getNextWeek() {
        return getMonday().plusWeeks(1).toString();
    }

    public String getSunday() {
        return getMonday().plusDays(6).toString();
    }
}
