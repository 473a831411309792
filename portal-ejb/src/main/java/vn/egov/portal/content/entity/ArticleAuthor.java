package vn.egov.portal.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Positive;
import java.util.Objects;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;

/**
 * One author of a work and their share of its royalty in percent. Authors need not hold an account
 * (a photographer from a commune), so the name is kept; the account, when there is one, links the
 * statement to the official.
 */
@Embeddable
public class ArticleAuthor {

    @Required(message = "{article.error.authorIncomplete}")
    @MaxLength(200)
    @Column(name = "author_name", nullable = false, length = 200)
    private String name;

    @MaxLength(64)
    @Column(name = "author_account", length = 64)
    private String account;

    @Positive(message = "{article.error.authorIncomplete}")
    @Column(name = "share_percent", nullable = false)
    private int sharePercent;

    protected ArticleAuthor() {}

    public ArticleAuthor(String name, String account, int sharePercent) {
        this.name = Objects.requireNonNull(name, "name");
        this.account = account;
        this.sharePercent = sharePercent;
    }

    public String getName() {
        return name;
    }

    public String getAccount() {
        return account;
    }

    public int getSharePercent() {
        return sharePercent;
    }
}
