package vn.egov.portal.qa.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.privacy.entity.Contact;
import vn.egov.portal.privacy.entity.Erasure;
import vn.egov.portal.privacy.entity.ErasureRequester;
import vn.egov.portal.privacy.entity.PersonKind;
import vn.egov.portal.privacy.entity.SealedParticulars;
import vn.egov.portal.privacy.entity.SealedText;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * A question to the province (Article 9) from receipt to publication. The asker's particulars and
 * the original wording are sealed at rest; only the board's redacted {@link Publication} is ever
 * public. A question split for several agencies becomes a parent whose parts carry on, each with its
 * own agency and clock; the parts read the asker from the parent, so the data lives in one place.
 */
@Entity
@Table(
        name = "qa_question",
        indexes = {
            @Index(name = "ix_qa_state", columnList = "state, receivedAt"),
            @Index(name = "ix_qa_agency", columnList = "agency_id, state"),
            @Index(name = "ix_qa_email_digest", columnList = "emailDigest, receivedAt")
        })
@NamedQuery(name = Question.BY_CODE, query = "select q from Question q where q.trackingCode = :code")
@NamedQuery(name = Question.CODE_TAKEN, query = "select q.id from Question q where q.trackingCode = :code")
@NamedQuery(
        name = Question.IN_STATES,
        query = "select q from Question q where q.state in :states order by q.receivedAt, q.id")
@NamedQuery(
        name = Question.WITH_AGENCIES,
        query = "select q from Question q where q.agency in :agencies and q.state in :states"
                + " order by q.receivedAt, q.id")
@NamedQuery(
        name = Question.ERASURE_PENDING,
        query = "select q from Question q where q.erasureRequestedAt is not null and q.erasure.erasedAt is null"
                + " order by q.erasureRequestedAt")
public class Question extends PersistentEntity {

    public static final String BY_CODE = "Question.byCode";
    public static final String CODE_TAKEN = "Question.codeTaken";
    public static final String IN_STATES = "Question.inStates";
    public static final String WITH_AGENCIES = "Question.withAgencies";
    public static final String ERASURE_PENDING = "Question.erasurePending";

    @Column(nullable = false, unique = true, length = 30)
    private String trackingCode;

    @ManyToOne(fetch = FetchType.LAZY)
    private Question parent;

    @Column(nullable = false)
    private int partNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PersonKind askerType;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "asker_name", length = Contact.SEALED_NAME))
    @AttributeOverride(
            name = "organisation",
            column = @Column(name = "asker_organisation", length = Contact.SEALED_ORGANISATION))
    @AttributeOverride(name = "email", column = @Column(name = "asker_email", length = Contact.SEALED_EMAIL))
    @AttributeOverride(name = "position", column = @Column(name = "asker_position", length = 1000))
    @AttributeOverride(name = "nationality", column = @Column(name = "asker_nationality", length = 500))
    @AttributeOverride(name = "occupation", column = @Column(name = "asker_occupation", length = 1000))
    @AttributeOverride(name = "idNumber", column = @Column(name = "asker_id_number", length = 500))
    @AttributeOverride(name = "address", column = @Column(name = "asker_address", length = 2500))
    @AttributeOverride(name = "phone", column = @Column(name = "asker_phone", length = 500))
    private SealedParticulars asker;

    @Column(length = 64)
    private String emailDigest;

    @Embedded
    private Consent consent;

    @Column(nullable = false, length = 5)
    private Language language;

    @Convert(converter = SealedText.class)
    @Column(nullable = false, length = 2000)
    private String title;

    @Convert(converter = SealedText.class)
    @Column(nullable = false, length = 60000)
    private String body;

    @ManyToOne(fetch = FetchType.LAZY)
    private QaField field;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionState state;

    @Column(nullable = false)
    private Instant receivedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    private OrgUnit agency;

    @Embedded
    private Deadline deadline;

    @Column(nullable = false)
    private boolean flagged;

    /** The rule-list phrases that made the flag, for the board to see why. */
    @Column(length = 500)
    private String flagTerms;

    @Embedded
    private Refusal refusal;

    @Embedded
    private Answer answer;

    @ElementCollection
    @CollectionTable(name = "qa_citation")
    @OrderColumn(name = "citation_order")
    private List<Citation> citations = new ArrayList<>();

    @Embedded
    private Publication publication;

    /** When the asker asked, with their tracking code, for their data to be erased (Article 19.2). */
    private Instant erasureRequestedAt;

    @Embedded
    private Erasure erasure;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt, id")
    private List<QuestionEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    @OneToMany(mappedBy = "parent", cascade = CascadeType.PERSIST)
    @OrderBy("partNumber")
    private List<Question> parts = new ArrayList<>();

    protected Question() {}

    /** A question as the asker sent it; the board has not seen it yet. */
    public Question(String trackingCode, Submitted submitted, Instant receivedAt) {
        this.trackingCode = Objects.requireNonNull(trackingCode, "trackingCode");
        this.askerType = Objects.requireNonNull(submitted.askerType(), "askerType");
        this.asker = Objects.requireNonNull(submitted.asker(), "asker");
        this.emailDigest = submitted.emailDigest();
        this.consent = Objects.requireNonNull(submitted.consent(), "consent");
        this.language = Objects.requireNonNull(submitted.language(), "language");
        this.title = Objects.requireNonNull(submitted.title(), "title");
        this.body = Objects.requireNonNull(submitted.body(), "body");
        this.field = submitted.field();
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.state = QuestionState.RECEIVED;
        record(receivedAt, "asker", EventKind.SUBMITTED);
    }

    /** What an asker sends, already checked; the e-mail digest finds their other questions for rate limits. */
    public record Submitted(
            PersonKind askerType,
            SealedParticulars asker,
            String emailDigest,
            Consent consent,
            Language language,
            String title,
            String body,
            QaField field) {}

    private Question(Question parent, int partNumber, String title, String body, QaField field, Instant at) {
        this.parent = parent;
        this.partNumber = partNumber;
        this.trackingCode = parent.trackingCode + "-" + partNumber;
        this.askerType = parent.askerType;
        this.consent = parent.consent;
        this.language = parent.language;
        this.title = Objects.requireNonNull(title, "title");
        this.body = Objects.requireNonNull(body, "body");
        this.field = field;
        this.receivedAt = parent.receivedAt;
        this.state = QuestionState.RECEIVED;
        record(at, "system", EventKind.SUBMITTED).note(parent.trackingCode);
    }

    QuestionEvent record(Instant at, String actor, EventKind kind) {
        QuestionEvent event = new QuestionEvent(this, at, actor, kind);
        events.add(event);
        return event;
    }

    void moveTo(QuestionState next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("Question " + trackingCode + " cannot go from " + state + " to " + next);
        }
        state = next;
    }

    /** The rule list found words of a complaint or denunciation; a person decides (Article 9.1). */
    public void flag(String terms, Instant at) {
        this.flagged = true;
        this.flagTerms = terms;
        record(at, "system", EventKind.FLAGGED).note(terms);
    }

    public void classify(QaField newField, Instant at, String actor) {
        this.field = Objects.requireNonNull(newField, "field");
        record(at, actor, EventKind.CLASSIFIED).note(newField.getCode());
    }

    /** Hands the question to an agency whose answer clock starts at {@code clockStart}. */
    public void route(OrgUnit to, Instant clockStart, Instant at, String actor) {
        moveTo(QuestionState.ROUTED);
        this.agency = Objects.requireNonNull(to, "agency");
        this.deadline = new Deadline(clockStart);
        record(at, actor, EventKind.ROUTED).agency(null, to);
    }

    /** Moves the question to another agency; the history keeps where it came from. */
    public void transfer(OrgUnit to, Instant clockStart, Instant at, String actor, String note) {
        if (state != QuestionState.ROUTED) {
            throw new IllegalStateException("Only a routed question is transferred: " + trackingCode);
        }
        OrgUnit from = agency;
        this.agency = Objects.requireNonNull(to, "agency");
        this.deadline = new Deadline(clockStart);
        record(at, actor, EventKind.TRANSFERRED).agency(from, to).note(note);
    }

    /** The agency is not competent and gives the question back to the board, with its reason. */
    public void returnToBoard(Instant at, String actor, String note) {
        OrgUnit from = agency;
        moveTo(QuestionState.RECEIVED);
        this.agency = null;
        this.deadline = null;
        record(at, actor, EventKind.RETURNED).agency(from, null).note(note);
    }

    public void refuse(RefusalReason reason, String note, Instant at, String actor) {
        moveTo(QuestionState.REFUSED);
        this.refusal = new Refusal(reason, note, at);
        record(at, actor, EventKind.REFUSED).note(reason.name());
    }

    /** A part of a split question: its own wording and field, the parent's asker and receipt time. */
    public record PartDraft(String title, String body, QaField field) {}

    /** Splits the question into parts for several agencies; the parts are new and not yet routed. */
    public List<Question> split(List<PartDraft> drafts, Instant at, String actor) {
        if (parent != null) {
            throw new IllegalStateException("A part is not split again: " + trackingCode);
        }
        moveTo(QuestionState.SPLIT);
        this.agency = null;
        this.deadline = null;
        List<Question> created = new ArrayList<>();
        for (PartDraft draft : drafts) {
            Question part = new Question(this, parts.size() + 1, draft.title(), draft.body(), draft.field(), at);
            parts.add(part);
            created.add(part);
        }
        record(at, actor, EventKind.SPLIT).note(String.valueOf(created.size()));
        return created;
    }

    /** Sets the due date the calendar computed; a later change (a new holiday) is kept in the history. */
    public void setDueDate(LocalDate due, Instant at) {
        LocalDate before = deadline.getDueDate();
        deadline.due(Objects.requireNonNull(due, "due"));
        if (before != null && !before.equals(due)) {
            record(at, "system", EventKind.DUE_DATE_MOVED).date(due).note(before.toString());
        }
    }

    /** A progress notice (Article 9.4): the agency tells the asker by which date it will answer. */
    public void promise(LocalDate date, String note, Instant at, String actor) {
        if (state != QuestionState.ROUTED) {
            throw new IllegalStateException("Only a routed question gets a progress notice: " + trackingCode);
        }
        deadline.promise(Objects.requireNonNull(date, "date"));
        record(at, actor, EventKind.PROGRESS_NOTICE)
                .date(date)
                .agency(null, agency)
                .note(note);
    }

    public void answer(String text, List<Citation> cited, String authority, Instant at, String actor) {
        moveTo(QuestionState.ANSWERED);
        this.answer = new Answer(text, at, actor, authority);
        this.citations.clear();
        this.citations.addAll(cited);
        record(at, actor, EventKind.ANSWERED).agency(null, agency);
    }

    public void publish(String publicTitle, String publicBody, String publicAnswer, Instant at, String actor) {
        moveTo(QuestionState.PUBLISHED);
        this.publication = new Publication(publicTitle, publicBody, publicAnswer, at, actor);
        record(at, actor, EventKind.PUBLISHED);
    }

    public void unpublish(Instant at, String actor, String note) {
        moveTo(QuestionState.ANSWERED);
        record(at, actor, EventKind.UNPUBLISHED).note(note);
    }

    /**
     * Erases the asker's particulars (Article 19.2) and puts redacted wording in place of the
     * original, which may name them too. Whatever is published stays as published.
     */
    public void erase(Redacted redacted, ErasureRequester by, String reference, Instant at, String actor) {
        if (isErased()) {
            throw new IllegalStateException("Already erased: " + trackingCode);
        }
        this.title = Objects.requireNonNull(redacted.title(), "title");
        this.body = Objects.requireNonNull(redacted.body(), "body");
        if (answer != null && answer.getText() != null) {
            answer.redact(Objects.requireNonNull(redacted.answer(), "answer"));
        }
        if (asker != null) {
            asker.erase();
        }
        this.emailDigest = null;
        this.erasure = new Erasure(by, reference, at, actor);
        record(at, actor, EventKind.ERASED).note(by.name());
    }

    /** The asker, holding the tracking code, asks for their data to be erased; the board executes it. */
    public void requestErasure(Instant at) {
        if (isErased()) {
            throw new IllegalStateException("Already erased: " + trackingCode);
        }
        this.erasureRequestedAt = at;
        record(at, "asker", EventKind.ERASURE_REQUESTED);
    }

    public Instant getErasureRequestedAt() {
        return erasureRequestedAt;
    }

    /** Records a file the asker sent, already checked and sealed by the file store. */
    public Attachment attach(vn.egov.portal.media.entity.StoredFile stored, Instant at) {
        Attachment attachment = new Attachment(this, stored, at);
        attachments.add(attachment);
        return attachment;
    }

    /** Drops the files on erasure (they may show the asker); returns them for their bytes to go too. */
    public List<Attachment> detachAll() {
        List<Attachment> removed = new ArrayList<>(attachments);
        attachments.clear();
        return removed;
    }

    public List<Attachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }

    /** The wording of a question and its answer with the asker's particulars taken out. */
    public record Redacted(String title, String body, String answer) {}

    public boolean isErased() {
        return erasure != null && erasure.getErasedAt() != null;
    }

    /**
     * The event that gave the question to the agency holding it now (routing or transfer): each such
     * assignment has its own answer clock.
     */
    public Optional<QuestionEvent> currentAssignment() {
        for (int i = events.size() - 1; i >= 0; i--) {
            EventKind kind = events.get(i).getKind();
            if (kind == EventKind.RETURNED || kind == EventKind.SPLIT) {
                return Optional.empty();
            }
            if (kind == EventKind.ROUTED || kind == EventKind.TRANSFERRED) {
                return Optional.of(events.get(i));
            }
        }
        return Optional.empty();
    }

    /** The question a part belongs to, or the question itself. */
    public Question getRoot() {
        return parent == null ? this : parent;
    }

    /** The asker's particulars; a part reads them from its parent. */
    public SealedParticulars getAsker() {
        return parent == null ? asker : parent.getAsker();
    }

    public LocalDate getDueDate() {
        return deadline == null ? null : deadline.getDueDate();
    }

    /** The date an answer is expected by: a promised date once a progress notice gave one. */
    public LocalDate getAnswerBy() {
        return deadline == null ? null : deadline.getAnswerBy();
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public Question getParent() {
        return parent;
    }

    public int getPartNumber() {
        return partNumber;
    }

    public List<Question> getParts() {
        return Collections.unmodifiableList(parts);
    }

    public PersonKind getAskerType() {
        return askerType;
    }

    public String getEmailDigest() {
        return emailDigest;
    }

    public Consent getConsent() {
        return consent;
    }

    public Language getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public QaField getField() {
        return field;
    }

    public QuestionState getState() {
        return state;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public OrgUnit getAgency() {
        return agency;
    }

    public Deadline getDeadline() {
        return deadline;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public String getFlagTerms() {
        return flagTerms;
    }

    public Refusal getRefusal() {
        return refusal;
    }

    public Answer getAnswer() {
        return answer;
    }

    public List<Citation> getCitations() {
        return Collections.unmodifiableList(citations);
    }

    public Publication getPublication() {
        return state == QuestionState.PUBLISHED ? publication : null;
    }

    public Erasure getErasure() {
        return erasure;
    }

    public List<QuestionEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
