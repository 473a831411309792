package vn.egov.portal.calendar.control;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The settings the Labour Code leaves to each year's decision, with their defaults: which days
 * around lunar new year make the five Tết days (offsets from mùng 1), which day joins 2 September,
 * and the office hours that decide whether something arrived "today".
 */
public record CalendarRules(
        List<Integer> tetOffsets, int nationalDayAdjacent, LocalTime officeOpens, LocalTime officeCloses, ZoneId zone) {

    /** Two days before lunar new year to the 3rd day: the pattern of the decisions for 2022 to 2026. */
    public static final List<Integer> DEFAULT_TET_OFFSETS = List.of(-2, -1, 0, 1, 2);

    public CalendarRules {
        tetOffsets = List.copyOf(tetOffsets);
        if (tetOffsets.isEmpty() || tetOffsets.stream().anyMatch(offset -> offset < -10 || offset > 10)) {
            throw new IllegalArgumentException("Tết offsets must lie within 10 days of lunar new year");
        }
        if (nationalDayAdjacent != -1 && nationalDayAdjacent != 1) {
            throw new IllegalArgumentException("The day joined to 2 September is the one before (-1) or after (1)");
        }
        Objects.requireNonNull(zone, "zone");
        if (!officeOpens.isBefore(officeCloses)) {
            throw new IllegalArgumentException("Office hours must open before they close");
        }
    }

    public static CalendarRules defaults(ZoneId zone) {
        return new CalendarRules(DEFAULT_TET_OFFSETS, -1, LocalTime.of(7, 30), LocalTime.of(17, 0), zone);
    }

    public CalendarRules withTetOffsets(List<Integer> offsets) {
        return new CalendarRules(offsets, nationalDayAdjacent, officeOpens, officeCloses, zone);
    }

    public CalendarRules withNationalDayAdjacent(int adjacent) {
        return new CalendarRules(tetOffsets, adjacent, officeOpens, officeCloses, zone);
    }

    public CalendarRules withOfficeHours(LocalTime opens, LocalTime closes) {
        return new CalendarRules(tetOffsets, nationalDayAdjacent, opens, closes, zone);
    }

    /** Parses "-2,-1,0,1,2" as written in configuration. */
    public static List<Integer> parseOffsets(String text) {
        return java.util.Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .map(Integer::valueOf)
                .toList();
    }
}
