package vn.egov.portal.content.web;

import java.io.Serializable;
import vn.egov.portal.content.control.TextDiff;
import vn.egov.portal.content.entity.Article;

/**
 * Both texts of an edit conflict, field by field, with the differences marked and the editor's
 * choice per field (keep mine, or take the version saved in between).
 */
public class MergeView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String myTitle;
    private final String myBody;
    private final String mySummary;
    private final String theirTitle;
    private final String theirSummary;
    private final String theirBody;
    private boolean keepMyTitle = true;
    private boolean keepMySummary = true;
    private boolean keepMyBody = true;

    private MergeView(String myTitle, String mySummary, String myBody, Article theirs) {
        this.myTitle = myTitle;
        this.mySummary = mySummary;
        this.myBody = myBody;
        this.theirTitle = theirs.getTitle();
        this.theirSummary = theirs.getSummary();
        this.theirBody = theirs.getBody();
    }

    static MergeView of(ArticleForm mine, Article theirs) {
        return new MergeView(mine.getTitle(), mine.getSummary(), mine.getBody(), theirs);
    }

    void applyTo(ArticleForm form) {
        form.setTitle(keepMyTitle ? myTitle : theirTitle);
        form.setSummary(keepMySummary ? mySummary : theirSummary);
        form.setBody(keepMyBody ? myBody : theirBody);
    }

    public String getTitleDiff() {
        return ArticleEditorPage.render(TextDiff.words(theirTitle, myTitle), false);
    }

    public String getSummaryDiff() {
        return ArticleEditorPage.render(TextDiff.words(theirSummary, mySummary), false);
    }

    public String getBodyDiff() {
        return ArticleEditorPage.render(TextDiff.lines(theirBody, myBody), true);
    }

    public boolean isKeepMyTitle() {
        return keepMyTitle;
    }

    public void setKeepMyTitle(boolean keepMyTitle) {
        this.keepMyTitle = keepMyTitle;
    }

    public boolean isKeepMySummary() {
        return keepMySummary;
    }

    public void setKeepMySummary(boolean keepMySummary) {
        this.keepMySummary = keepMySummary;
    }

    public boolean isKeepMyBody() {
        return keepMyBody;
    }

    public void setKeepMyBody(boolean keepMyBody) {
        this.keepMyBody = keepMyBody;
    }
}
