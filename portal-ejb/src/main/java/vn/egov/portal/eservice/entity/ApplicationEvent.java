package vn.egov.portal.eservice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;
import vn.egov.portal.platform.entity.PersistentEntity;

/** One move of a dossier: who made it, when, from which state to which, and what they said. */
@Entity
@Table(name = "eservice_application_event")
public class ApplicationEvent extends PersistentEntity {

    /** The actor of the applicant's own moves (supplement, withdrawal). */
    public static final String APPLICANT = "applicant";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Enumerated(EnumType.STRING)
    @Column(name = "move", nullable = false, length = 30)
    private ApplicationMove move;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 30)
    private ApplicationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 30)
    private ApplicationState toState;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "moved_at", nullable = false)
    private Instant at;

    @Column(name = "comment_text", length = 2000)
    private String comment;

    protected ApplicationEvent() {}

    ApplicationEvent(
            Application application,
            ApplicationMove move,
            ApplicationState fromState,
            ApplicationState toState,
            String actor,
            Instant at,
            String comment) {
        this.application = Objects.requireNonNull(application, "application");
        this.move = Objects.requireNonNull(move, "move");
        this.fromState = fromState;
        this.toState = Objects.requireNonNull(toState, "toState");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.at = Objects.requireNonNull(at, "at");
        this.comment = comment;
    }

    /** On erasure: the comment with the applicant's particulars taken out by {@code redaction}. */
    void redact(UnaryOperator<String> redaction) {
        if (comment != null) {
            comment = redaction.apply(comment);
        }
    }

    public Application getApplication() {
        return application;
    }

    public ApplicationMove getMove() {
        return move;
    }

    public ApplicationState getFromState() {
        return fromState;
    }

    public ApplicationState getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getComment() {
        return comment;
    }
}
