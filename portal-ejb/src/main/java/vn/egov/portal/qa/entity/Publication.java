package vn.egov.portal.qa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * The public copy of a question and its answer, as the board redacted it (Article 9.3 and 19.1).
 * Only this copy ever reaches a public page or the public API; the originals stay sealed.
 */
@Embeddable
public class Publication {

    @Column(name = "public_title", length = 500)
    private String title;

    @Column(name = "public_body", length = 20000)
    private String body;

    @Column(name = "public_answer", length = 20000)
    private String answer;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    /** Folded (no diacritics, lower case) title, question and answer, for the public text search. */
    @Column(name = "search_text", length = 42000)
    private String searchText;

    protected Publication() {}

    Publication(String title, String body, String answer, Instant publishedAt, String publishedBy) {
        this.title = Objects.requireNonNull(title, "title");
        this.body = Objects.requireNonNull(body, "body");
        this.answer = Objects.requireNonNull(answer, "answer");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        this.publishedBy = publishedBy;
        this.searchText = Text.fold(title + "\n" + body + "\n" + answer);
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
