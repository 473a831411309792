package vn.egov.portal.content.boundary;

import vn.egov.portal.content.entity.Article;

/**
 * An article was published for the first time (a republication after withdrawal is not one). Fired
 * synchronously inside the publishing transaction, so what an observer records (the royalty ledger
 * fixes the authors' amounts) commits or rolls back with the publication itself.
 */
public record ArticlePublished(Article article) {}
