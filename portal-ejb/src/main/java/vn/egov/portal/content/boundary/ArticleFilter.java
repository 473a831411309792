package vn.egov.portal.content.boundary;

import java.util.Set;
import vn.egov.portal.content.entity.ArticleState;
import vn.egov.portal.platform.i18n.control.Language;

/**
 * What a list of articles is narrowed to. Null fields do not narrow. {@code text} matches title and
 * summary without regard to diacritics or case in the console's lists, which show drafts the search
 * engine never holds; the public API's words are the engine's ({@code ArticleCatalog.page}).
 * {@code createdBy} keeps a collaborator to their own work.
 */
public record ArticleFilter(
        String siteSlug,
        String categoryCode,
        Language language,
        Set<ArticleState> states,
        String text,
        String createdBy) {

    public static ArticleFilter published(String siteSlug, String categoryCode, Language language, String text) {
        return new ArticleFilter(siteSlug, categoryCode, language, Set.of(ArticleState.PUBLISHED), text, null);
    }
}
