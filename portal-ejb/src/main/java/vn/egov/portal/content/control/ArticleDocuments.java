package vn.egov.portal.content.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.media.control.RichText;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.Searchable;

/** A published article as the search engine indexes it: title, summary and body as plain text. */
public final class ArticleDocuments {

    private ArticleDocuments() {}

    public static Searchable of(Article article, ZoneId zone) {
        Language language = article.language();
        String prefix = language.isEnglish() ? "/en" : "";
        return new Searchable(
                SearchKind.ARTICLE,
                article.getId(),
                article.getSite().getSlug(),
                article.getCategory().getName().in(language.locale()),
                article.getPublishedAt() == null ? null : LocalDate.ofInstant(article.getPublishedAt(), zone),
                article.getTitle(),
                (article.getSummary() == null ? "" : article.getSummary() + "\n") + RichText.plain(article.getBody()),
                prefix + article.getSite().getPathPrefix() + article.getPath(),
                List.of());
    }
}
