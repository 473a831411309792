package vn.egov.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import vn.egov.portal.content.boundary.ArticleWorkflow;
import vn.egov.portal.content.boundary.EditConflictException;
import vn.egov.portal.content.boundary.EditorialQueries;
import vn.egov.portal.content.boundary.EditorialService;
import vn.egov.portal.content.control.TextDiff;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleState;
import vn.egov.portal.content.entity.ContentKind;
import vn.egov.portal.media.boundary.MediaLibrary;
import vn.egov.portal.media.entity.MediaFile;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.Site;

/**
 * The article editor: a new draft or an existing article, image and file upload, and — when someone
 * else saved in between — a merge view that shows both texts field by field and saves only what the
 * editor picked, on top of the other person's version.
 */
@Named
@ViewScoped
public class ArticleEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Inserts an image into the Quill editor of the body at the cursor, or at the end; %s is a JSON string. */
    private static final String INSERT_IMAGE = "(function (editor, source) {"
            + " var at = (editor.getSelection() || {index: editor.getLength()}).index;"
            + " editor.insertEmbed(at, 'image', source, 'user'); })(PF('articleBody').editor, %s);";

    @Inject
    EditorialService editorial;

    @Inject
    EditorialQueries queries;

    @Inject
    ArticleWorkflow workflow;

    @Inject
    MediaLibrary media;

    @Inject
    SiteDirectory directory;

    @Inject
    PortalConfig config;

    private Long id;
    private long version;
    private String siteSlug;
    private String categoryCode;
    private String language = "vi";
    private ArticleForm form = new ArticleForm();
    private MergeView merge;
    private boolean editable = true;
    private ArticleState state;

    @PostConstruct
    void init() {
        id = PublicPages.longParam("id");
        if (id != null) {
            reload();
        } else {
            List<Site> mine = queries.listMySites();
            siteSlug = mine.isEmpty() ? null : mine.get(0).getSlug();
        }
    }

    private void reload() {
        Article article = queries.getArticle(id);
        version = article.getVersion();
        siteSlug = article.getSite().getSlug();
        categoryCode = article.getCategory().getCode();
        language = article.getLanguage();
        state = article.getState();
        editable = workflow.mayEdit(id);
        form = ArticleForm.of(article, config.zone());
    }

    public void save() {
        try {
            if (id == null) {
                Article created =
                        editorial.create(siteSlug, categoryCode, Language.of(language), form.toText(config.zone()));
                Faces.redirect("admin/noi-dung/article.xhtml?id=" + created.getId());
                return;
            }
            editorial.update(id, version, form.toText(config.zone()), null);
            reload();
            FacesFeedback.done("article.saved");
        } catch (EditConflictException conflict) {
            merge = MergeView.of(form, queries.getArticle(id));
            FacesFeedback.show(conflict);
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "editor");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        }
    }

    /** Saves the fields the editor picked in the merge view, over the version now stored. */
    public void saveMerged() {
        Article current = queries.getArticle(id);
        merge.applyTo(form);
        version = current.getVersion();
        merge = null;
        save();
    }

    public void cancelMerge() {
        merge = null;
        reload();
    }

    public void upload(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            MediaFile file = media.upload(event.getFile().getFileName(), content);
            if (file.isImage() && form.getCoverToken() == null) {
                form.setCoverToken(file.getToken());
            } else if (file.isImage()) {
                insertIntoBody(file);
            } else {
                form.addAttachment(file.getToken());
            }
            FacesFeedback.note("media.uploaded");
        } catch (InvalidInputException refused) {
            FacesFeedback.show(refused, "editor");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts an inline image where the cursor is, in the browser's editor: what was typed since the last
     * save is not on the server yet, so drawing the text again from the server would wipe it.
     */
    private static void insertIntoBody(MediaFile file) {
        String source = Faces.getRequestContextPath() + file.getPath() + "?w=960";
        PrimeFaces.current().executeScript(String.format(INSERT_IMAGE, Json.createValue(source)));
    }

    /** Why the form is shown but not offered for saving (the state the article is in). */
    public String getReadOnlyReason() {
        return FacesFeedback.text("access.article.notEditable", FacesFeedback.text("state." + state));
    }

    public boolean isEditable() {
        return editable;
    }

    public List<MediaFile> getAttachmentFiles() {
        return media.list(form.getAttachments());
    }

    public List<Category> getCategories() {
        return directory.listCategories();
    }

    public List<Site> getSites() {
        return queries.listMySites();
    }

    public ContentKind[] getKinds() {
        return ContentKind.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public ArticleForm getForm() {
        return form;
    }

    public MergeView getMerge() {
        return merge;
    }

    public String getSiteSlug() {
        return siteSlug;
    }

    public void setSiteSlug(String siteSlug) {
        this.siteSlug = siteSlug;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** Renders a diff as HTML with removed and added parts marked; texts are escaped. */
    public static String render(List<TextDiff.Part> parts, boolean lines) {
        StringBuilder html = new StringBuilder();
        for (TextDiff.Part part : parts) {
            String text = vn.egov.portal.content.control.Highlighter.escape(part.text());
            String wrapped =
                    switch (part.kind()) {
                        case ADDED -> "<ins>" + text + "</ins>";
                        case REMOVED -> "<del>" + text + "</del>";
                        case SAME -> text;
                    };
            html.append(lines ? "<div class=\"diff-line\">" + wrapped + "</div>" : wrapped + " ");
        }
        return html.toString();
    }
}
