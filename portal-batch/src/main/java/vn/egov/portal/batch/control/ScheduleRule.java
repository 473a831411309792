package vn.egov.portal.batch.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Predicate;

/**
 * On which days a scheduled job starts, and which period it then covers. Reports start on the first
 * working day of their period by the portal calendar, so a month that opens with Tết waits for the
 * first day back, and cover the period that has just ended.
 */
public enum ScheduleRule {

    /** Every day, for that day (the deadline monitor's {@code runDate}). */
    DAILY {
        @Override
        boolean startsPeriod(LocalDate day) {
            return true;
        }

        @Override
        public String periodBefore(LocalDate day) {
            return day.toString();
        }
    },
    /** The first working day of each month, for the month before ({@code 2026-11}). */
    MONTHLY {
        @Override
        boolean startsPeriod(LocalDate day) {
            return true;
        }

        @Override
        public String periodBefore(LocalDate day) {
            return YearMonth.from(day).minusMonths(1).toString();
        }
    },
    /** The first working day of January, April, July and October, for the quarter before ({@code 2026-Q3}). */
    QUARTERLY {
        @Override
        boolean startsPeriod(LocalDate day) {
            return (day.getMonthValue() - 1) % 3 == 0;
        }

        @Override
        public String periodBefore(LocalDate day) {
            LocalDate before = day.withDayOfMonth(1).minusMonths(3);
            return before.getYear() + "-Q" + ((before.getMonthValue() - 1) / 3 + 1);
        }
    },
    /** The first working day of January, for the year before ({@code 2026}). */
    YEARLY {
        @Override
        boolean startsPeriod(LocalDate day) {
            return day.getMonthValue() == 1;
        }

        @Override
        public String periodBefore(LocalDate day) {
            return String.valueOf(day.getYear() - 1);
        }
    };

    /** Whether the job starts on this day, given which days are working days. */
    public boolean startsOn(LocalDate day, Predicate<LocalDate> workingDay) {
        return this == DAILY || (startsPeriod(day) && day.equals(firstWorkingDay(YearMonth.from(day), workingDay)));
    }

    /**
     * The first day from {@code day} on which the job starts: what the console shows as the next
     * run, since the timer itself fires every day and skips the days the rule does not start on.
     */
    public LocalDate nextStart(LocalDate day, Predicate<LocalDate> workingDay) {
        LocalDate candidate = day;
        // A yearly rule starts within 13 months; a calendar without working days never starts.
        LocalDate giveUp = day.plusMonths(13);
        while (!startsOn(candidate, workingDay)) {
            if (candidate.isAfter(giveUp)) {
                throw new IllegalStateException("No working day in the calendar from " + day);
            }
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The period a start on this day covers, as the job's parameter takes it. */
    public abstract String periodBefore(LocalDate day);

    abstract boolean startsPeriod(LocalDate day);

    /** The month's first working day; a month without one (never, in practice) starts on its last day. */
    static LocalDate firstWorkingDay(YearMonth month, Predicate<LocalDate> workingDay) {
        LocalDate day = month.atDay(1);
        while (!workingDay.test(day) && day.isBefore(month.atEndOfMonth())) {
            day = day.plusDays(1);
        }
        return day;
    }
}
