package vn.egov.portal.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.egov.portal.calendar.control.DayOverride;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * A year's official decision about one date, as entered by an administrator: an extra day off
 * (nghỉ bù, hoán đổi) or a make-up working day (làm bù). It names the decision and the reason, so
 * every deadline that moves because of it can say why.
 */
@Entity
@Table(name = "calendar_override")
@NamedQuery(name = CalendarOverride.ALL, query = "select o from CalendarOverride o order by o.dayDate")
@NamedQuery(
        name = CalendarOverride.BETWEEN,
        query = "select o from CalendarOverride o where o.dayDate between :first and :last order by o.dayDate")
@NamedQuery(name = CalendarOverride.ON_DATE, query = "select o from CalendarOverride o where o.dayDate = :date")
public class CalendarOverride extends PersistentEntity {

    public static final String ALL = "CalendarOverride.all";
    public static final String BETWEEN = "CalendarOverride.between";
    public static final String ON_DATE = "CalendarOverride.onDate";

    @Column(name = "day_date", nullable = false, unique = true)
    private LocalDate dayDate;

    @Column(nullable = false)
    private boolean dayOff;

    @Column(nullable = false, length = 200)
    private String reference;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(nullable = false, length = 64)
    private String changedBy;

    @Column(nullable = false)
    private Instant changedAt;

    protected CalendarOverride() {}

    public CalendarOverride(LocalDate dayDate, boolean dayOff, String reference, String reason, String by, Instant at) {
        this.dayDate = Objects.requireNonNull(dayDate, "dayDate");
        change(dayOff, reference, reason, by, at);
    }

    public void change(boolean dayOff, String reference, String reason, String by, Instant at) {
        this.dayOff = dayOff;
        this.reference = Objects.requireNonNull(reference, "reference");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public DayOverride toRule() {
        return new DayOverride(dayDate, dayOff, reference, reason);
    }

    public LocalDate getDayDate() {
        return dayDate;
    }

    public boolean isDayOff() {
        return dayOff;
    }

    public String getReference() {
        return reference;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
