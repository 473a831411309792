package vn.egov.portal.deadline.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * One line of the update-deadline table of Article 8.1: which information, from which trigger, in
 * how many working days (0 = immediately). Seeded from the regulation; the board edits it.
 */
@Entity
@Table(name = "deadline_rule")
@NamedQuery(name = DeadlineRule.ALL, query = "select r from DeadlineRule r order by r.clause, r.code")
@NamedQuery(name = DeadlineRule.BY_CODE, query = "select r from DeadlineRule r where r.code = :code")
public class DeadlineRule extends PersistentEntity {

    public static final String ALL = "DeadlineRule.all";
    public static final String BY_CODE = "DeadlineRule.byCode";

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Column(nullable = false, length = 20)
    private String clause;

    @Column(length = 80)
    private String categoryCode;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "vi", column = @Column(name = "name_vi", nullable = false, length = 500)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 500))
    })
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "vi", column = @Column(name = "trigger_vi", length = 300)),
        @AttributeOverride(name = "en", column = @Column(name = "trigger_en", length = 300))
    })
    private LocalizedText trigger;

    @Column(nullable = false)
    private int workingDays;

    /** Amber once this many working days or fewer are left. */
    @Column(nullable = false)
    private int dueSoonDays;

    protected DeadlineRule() {}

    public DeadlineRule(
            String code,
            String clause,
            String categoryCode,
            LocalizedText name,
            LocalizedText trigger,
            int workingDays,
            int dueSoonDays) {
        this.code = Objects.requireNonNull(code, "code");
        this.clause = Objects.requireNonNull(clause, "clause");
        this.categoryCode = categoryCode;
        this.name = Objects.requireNonNull(name, "name");
        this.trigger = trigger;
        change(workingDays, dueSoonDays);
    }

    public final void change(int workingDays, int dueSoonDays) {
        if (workingDays < 0 || dueSoonDays < 0) {
            throw new IllegalArgumentException("Deadlines count zero or more working days");
        }
        this.workingDays = workingDays;
        this.dueSoonDays = dueSoonDays;
    }

    public String getCode() {
        return code;
    }

    public String getClause() {
        return clause;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getTrigger() {
        return trigger;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public int getDueSoonDays() {
        return dueSoonDays;
    }
}
