package vn.egov.portal.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.content.boundary.ArticleCatalog;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleCard;
import vn.egov.portal.media.entity.MediaFile;
import vn.egov.portal.platform.discovery.control.JsonLd;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.site.web.PortalView;

/**
 * One published article: its text sanitised again on the way out, cover, attachments, authors, where
 * a proposed article came from, its translations (the language switch leads to them) and the reuse
 * notice of Article 7.3.
 */
@Named
@RequestScoped
public class ArticlePage {

    @Inject
    ArticleCatalog catalog;

    @Inject
    PublishedArticleParts parts;

    @Inject
    LatestNews news;

    @Inject
    PortalView portal;

    @Inject
    PortalLocale locale;

    private Article article;
    private String body;
    private MediaFile cover;
    private List<MediaFile> attachments;
    private List<Article> translations;
    private List<ArticleCard> related;

    /** How many newer articles of the same category the page offers under the article. */
    private static final int RELATED = 3;

    /** A missing article is a 404 and a withdrawn one a 410 ({@link ArticleCatalog#getPublished}), never cached. */
    public void load() {
        article = catalog.getPublished(PublicPages.longParam("id"));
        if (!article.getSite().getSlug().equals(portal.getSite().getSlug())) {
            article = null;
            PublicPages.notFound();
            return;
        }
        PublishedArticleParts.Parts read = parts.of(article);
        translations = read.translations();
        if (!article.getLanguage().equals(locale.getLanguage())) {
            PublicPages.redirect(inLanguage(locale.current()));
            return;
        }
        locale.useAlternateLink(inLanguage(locale.current().other()));
        cover = read.cover();
        attachments = read.attachments();
        body = read.body();
    }

    /**
     * The article for a reader of this language: itself, its translation, or, when it has none, its
     * category in that language with a notice saying so. The language switch leads there, and so does
     * an address that asks for the article in the other language (/en/tin/… of a Vietnamese one).
     */
    String inLanguage(Language language) {
        if (article.language() == language) {
            return translationLink(article);
        }
        return translations.stream()
                .filter(translation -> translation.language() == language)
                .findFirst()
                .map(this::translationLink)
                .orElseGet(() -> portal.getContextPath()
                        + (language.isEnglish() ? PortalLocale.ENGLISH_PREFIX : "")
                        + article.getSite().getPathPrefix()
                        + CategoryPage.untranslatedPath(article.getCategory()));
    }

    public Article getArticle() {
        return article;
    }

    /** The text sanitised again on the way out (once per content version, {@link PublishedArticleParts}). */
    public String getBody() {
        return body;
    }

    public MediaFile getCover() {
        return cover;
    }

    public List<MediaFile> getAttachments() {
        return attachments;
    }

    public List<Article> getTranslations() {
        return translations;
    }

    /** The original's address when this article was proposed from a sub-portal. */
    public String getOriginLink() {
        Article origin = article.getOrigin();
        return origin == null ? null : portal.siteLink(origin.getSite(), origin.getPath());
    }

    /** A translation's address in its own language. */
    public String translationLink(Article translation) {
        String language = translation.language().isEnglish() ? PortalLocale.ENGLISH_PREFIX : "";
        return portal.getContextPath() + language + translation.getSite().getPathPrefix() + translation.getPath();
    }

    /**
     * schema.org NewsArticle of the page (JSON-LD, safe inside its script element): what the page
     * shows, its bylines as authors (the portal when it has none) and the portal as publisher.
     */
    public String getJsonLd() {
        String siteName = article.getSite().getName().in(locale.current().locale());
        List<String> bylines =
                article.getAuthors().stream().map(author -> author.getName()).toList();
        JsonLd item = JsonLd.of("NewsArticle")
                .text("headline", article.getTitle())
                .text("description", article.getSummary())
                .instant("datePublished", article.getPublishedAt())
                .instant(
                        "dateModified",
                        article.getUpdatedAt().isAfter(article.getPublishedAt())
                                ? article.getUpdatedAt()
                                : article.getPublishedAt())
                .people("author", bylines);
        if (bylines.isEmpty()) {
            item.named("author", "Organization", siteName);
        }
        return item.named("publisher", "Organization", siteName)
                .text("inLanguage", article.language().code())
                .text("url", getCanonicalUrl())
                .text("image", getCoverUrl())
                .script();
    }

    public String getCanonicalUrl() {
        return portal.absolute(article.getPath());
    }

    /** The cover's full address at the width link previews (Open Graph) use, or null without a cover. */
    public String getCoverUrl() {
        return cover == null ? null : portal.absoluteAddress(cover.getPath() + "?w=960");
    }

    /** The category's latest other articles in this language: "more in this category" under the article. */
    public List<ArticleCard> getRelated() {
        if (related == null) {
            String category = article.getCategory().getCode();
            related = news
                    .perCategory(article.getSite().getSlug(), List.of(category), article.language(), RELATED + 1)
                    .getOrDefault(category, List.of())
                    .stream()
                    .filter(card -> !card.getId().equals(article.getId()))
                    .limit(RELATED)
                    .toList();
        }
        return related;
    }
}
