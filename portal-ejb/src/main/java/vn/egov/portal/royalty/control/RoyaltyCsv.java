package vn.egov.portal.royalty.control;

import java.util.List;
import vn.egov.portal.platform.document.control.Cell;
import vn.egov.portal.platform.document.control.Table;
import vn.egov.portal.royalty.boundary.RoyaltyLedger;
import vn.egov.portal.royalty.entity.RoyaltyEntry;

/**
 * The monthly statement as a table for the one CSV writer ({@code platform/document}): one line per
 * work, each author's total after their works. The column names are the file's machine-readable
 * header, the same in every language.
 */
public final class RoyaltyCsv {

    private RoyaltyCsv() {}

    public static Table table(List<RoyaltyLedger.AuthorStatement> statement) {
        Table.Builder table = Table.widths(3, 2, 1, 5, 2, 1, 2)
                .header("author", "account", "article_id", "title", "published_at", "share_percent", "amount_vnd");
        for (RoyaltyLedger.AuthorStatement author : statement) {
            for (RoyaltyEntry work : author.works()) {
                table.row(
                        Cell.text(author.authorName()),
                        Cell.text(author.authorAccount()),
                        Cell.number(work.getArticle().getId()),
                        Cell.text(work.getArticle().getTitle()),
                        Cell.text(work.getPublishedAt().toString()),
                        Cell.number(work.getSharePercent()),
                        Cell.number(work.getAmount()));
            }
            table.row(
                    Cell.text(author.authorName()),
                    Cell.text(author.authorAccount()),
                    Cell.text(""),
                    Cell.text("TOTAL"),
                    Cell.text(""),
                    Cell.text(""),
                    Cell.number(author.total()));
        }
        return table.build();
    }
}
