package vn.egov.portal.calendar.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.calendar.boundary.OverrideRequest;
import vn.egov.portal.calendar.entity.CalendarOverride;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;

/** The console page where a year's holiday decisions are entered (sysadmin, editor-in-chief). */
@Named
@ViewScoped
public class CalendarOverridesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarService calendar;

    @Inject
    Clock clock;

    private int year;
    private List<CalendarOverride> overrides;
    private LocalDate date;
    private boolean dayOff = true;
    private String reference;
    private String reason;
    private String removeReason;

    @PostConstruct
    void load() {
        if (year == 0) {
            year = LocalDate.now(clock).getYear();
        }
        overrides = calendar.listOverrides(year);
    }

    public void save() {
        try {
            calendar.saveOverride(new OverrideRequest(date, dayOff, reference, reason));
            date = null;
            reference = null;
            reason = null;
            FacesFeedback.done("calendar.override.saved");
            load();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "override");
        }
    }

    public void remove(CalendarOverride override) {
        try {
            calendar.removeOverride(override.getDayDate(), removeReason);
            removeReason = null;
            FacesFeedback.done("calendar.override.removed");
            load();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "list");
        }
    }

    public void changeYear() {
        load();
    }

    public List<CalendarOverride> getOverrides() {
        return overrides;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public boolean isDayOff() {
        return dayOff;
    }

    public void setDayOff(boolean dayOff) {
        this.dayOff = dayOff;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRemoveReason() {
        return removeReason;
    }

    public void setRemoveReason(String removeReason) {
        this.removeReason = removeReason;
    }
}
