package vn.egov.portal.calendar.control;

/** What a date is for counting deadlines. */
public enum DayKind {
    WORKING_DAY(true),
    WEEKEND(false),
    /** A public holiday of the Labour Code, Art. 112. */
    HOLIDAY(false),
    /** The working day off that replaces a holiday falling on a weekend. */
    COMPENSATORY_DAY_OFF(false),
    /** A day off decided for the year (nghỉ bù, hoán đổi), entered by an administrator. */
    EXTRA_DAY_OFF(false),
    /** A Saturday or Sunday (or other day off) worked by decision (làm bù), entered by an administrator. */
    MAKE_UP_WORKING_DAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    public boolean isWorking() {
        return working;
    }
}
