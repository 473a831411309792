package vn.egov.portal.leader.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.entity.PersistentEntity;

/** One item of a leader's weekly work schedule (Article 5.2): when, where, what, with whom. */
@Entity
@Table(name = "schedule_entry")
@NamedQuery(
        name = ScheduleEntry.BETWEEN,
        query = "select e from ScheduleEntry e join fetch e.leader where e.workDate >= :from and e.workDate <= :to"
                + " order by e.workDate, e.startTime, e.leader.sortOrder")
public class ScheduleEntry extends PersistentEntity {

    public static final String BETWEEN = "ScheduleEntry.between";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Leader leader;

    @Column(name = "work_date", nullable = false)
    private LocalDate workDate;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(length = 300)
    private String place;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "vi", column = @Column(name = "content_vi", nullable = false, length = 1000)),
        @AttributeOverride(name = "en", column = @Column(name = "content_en", length = 1000))
    })
    private LocalizedText content;

    @Column(length = 500)
    private String participants;

    protected ScheduleEntry() {}

    public ScheduleEntry(
            Leader leader,
            LocalDate workDate,
            LocalTime startTime,
            String place,
            LocalizedText content,
            String participants) {
        this.leader = Objects.requireNonNull(leader, "leader");
        this.workDate = Objects.requireNonNull(workDate, "workDate");
        this.startTime = Objects.requireNonNull(startTime, "startTime");
        this.place = place;
        this.content = Objects.requireNonNull(content, "content");
        this.participants = participants;
    }

    public Leader getLeader() {
        return leader;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public String getPlace() {
        return place;
    }

    public LocalizedText getContent() {
        return content;
    }

    public String getParticipants() {
        return participants;
    }
}
