package vn.egov.portal.content.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleAuthor;
import vn.egov.portal.content.entity.ArticleText;
import vn.egov.portal.content.entity.ContentKind;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/**
 * The editor's fields as typed. Authors are one per line, "Name; account; share %", which is how the
 * board's royalty sheets already list them.
 */
public class ArticleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String summary;
    private String body;
    private String coverToken;
    private String coverAlt;
    private String source;
    private String tags;
    private ContentKind kind = ContentKind.NEWS;
    private LocalDateTime publishAt;
    private LocalDateTime unpublishAt;
    private String authors;
    private List<String> attachments = new ArrayList<>();

    public static ArticleForm of(Article article, ZoneId zone) {
        ArticleForm form = new ArticleForm();
        form.title = article.getTitle();
        form.summary = article.getSummary();
        form.body = article.getBody();
        form.coverToken = article.getCoverToken();
        form.coverAlt = article.getCoverAlt();
        form.source = article.getSource();
        form.tags = article.getTags();
        form.kind = article.getKind();
        form.publishAt = article.getPublishAt() == null ? null : LocalDateTime.ofInstant(article.getPublishAt(), zone);
        form.unpublishAt =
                article.getUnpublishAt() == null ? null : LocalDateTime.ofInstant(article.getUnpublishAt(), zone);
        form.authors = String.join(
                "\n",
                article.getAuthors().stream()
                        .map(a -> a.getName() + "; " + (a.getAccount() == null ? "" : a.getAccount()) + "; "
                                + a.getSharePercent())
                        .toList());
        form.attachments = new ArrayList<>(article.getAttachments());
        return form;
    }

    public ArticleText toText(ZoneId zone) {
        return new ArticleText(
                title,
                summary,
                body,
                coverToken,
                coverAlt,
                source,
                tags,
                kind,
                publishAt == null ? null : publishAt.atZone(zone).toInstant(),
                unpublishAt == null ? null : unpublishAt.atZone(zone).toInstant(),
                attachments,
                parseAuthors());
    }

    List<ArticleAuthor> parseAuthors() {
        List<ArticleAuthor> parsed = new ArrayList<>();
        if (authors == null) {
            return parsed;
        }
        for (String line : authors.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";");
            try {
                String account = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
                int share = parts.length > 2
                        ? Integer.parseInt(parts[2].replace("%", "").strip())
                        : 100;
                parsed.add(new ArticleAuthor(parts[0].strip(), account, share));
            } catch (NumberFormatException badShare) {
                throw InvalidInputException.of("authors", "article.error.authorIncomplete");
            }
        }
        return parsed;
    }

    public void addAttachment(String token) {
        attachments.add(token);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCoverToken() {
        return coverToken;
    }

    public void setCoverToken(String coverToken) {
        this.coverToken = coverToken;
    }

    public String getCoverAlt() {
        return coverAlt;
    }

    public void setCoverAlt(String coverAlt) {
        this.coverAlt = coverAlt;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public ContentKind getKind() {
        return kind;
    }

    public void setKind(ContentKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public LocalDateTime getUnpublishAt() {
        return unpublishAt;
    }

    public void setUnpublishAt(LocalDateTime unpublishAt) {
        this.unpublishAt = unpublishAt;
    }

    public String getAuthors() {
        return authors;
    }

    public void setAuthors(String authors) {
        this.authors = authors;
    }

    public List<String> getAttachments() {
        return attachments;
    }
}
