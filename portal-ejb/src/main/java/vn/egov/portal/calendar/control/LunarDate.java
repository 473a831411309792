package vn.egov.portal.calendar.control;

/** A day of the lunar calendar; {@code leap} marks the intercalary month that some years add. */
public record LunarDate(int day, int month, int year, boolean leap) {

    public LunarDate {
        if (day < 1 || day > 30 || month < 1 || month > 12) {
            throw new IllegalArgumentException("Not a lunar date: " + day + "/" + month);
        }
    }
}
