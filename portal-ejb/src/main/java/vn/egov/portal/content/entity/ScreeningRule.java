package vn.egov.portal.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/** A word or phrase that Article 4 forbids, kept by the board; screened on every submission. */
@Entity
@Table(name = "screening_rule")
@NamedQuery(
        name = ScreeningRule.ACTIVE,
        query = "select r from ScreeningRule r where r.active = true order by r.phrase")
@NamedQuery(name = ScreeningRule.ALL, query = "select r from ScreeningRule r order by r.phrase")
public class ScreeningRule extends PersistentEntity {

    public static final String ACTIVE = "ScreeningRule.active";
    public static final String ALL = "ScreeningRule.all";

    @Column(nullable = false, length = 200)
    private String phrase;

    @Column(nullable = false)
    private boolean ignoreDiacritics;

    @Column(length = 300)
    private String reason;

    @Column(nullable = false)
    private boolean active = true;

    protected ScreeningRule() {}

    public ScreeningRule(String phrase, boolean ignoreDiacritics, String reason) {
        this.phrase = Objects.requireNonNull(phrase, "phrase");
        this.ignoreDiacritics = ignoreDiacritics;
        this.reason = reason;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPhrase() {
        return phrase;
    }

    public boolean isIgnoreDiacritics() {
        return ignoreDiacritics;
    }

    public String getReason() {
        return reason;
    }

    public boolean isActive() {
        return active;
    }
}
