package vn.egov.portal.qa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** The agency's answer: its text, who gave it on whose authority (Article 9.5), and when. */
@Embeddable
public class Answer {

    @Column(name = "answer_text", length = 20000)
    private String text;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    /** "Head of agency" or the delegation on record, as it reads in the answer. */
    @Column(name = "answer_authority", length = 300)
    private String authority;

    protected Answer() {}

    Answer(String text, Instant answeredAt, String answeredBy, String authority) {
        this.text = Objects.requireNonNull(text, "text");
        this.answeredAt = Objects.requireNonNull(answeredAt, "answeredAt");
        this.answeredBy = Objects.requireNonNull(answeredBy, "answeredBy");
        this.authority = authority;
    }

    /** The same answer with the asker's particulars taken out, on erasure. */
    void redact(String redactedText) {
        this.text = Objects.requireNonNull(redactedText, "redactedText");
    }

    public String getText() {
        return text;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public String getAuthority() {
        return authority;
    }
}
