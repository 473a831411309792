package vn.egov.portal.royalty.control;

import java.util.List;
import vn.egov.portal.royalty.boundary.RoyaltyLedger;
import vn.egov.portal.royalty.entity.RoyaltyEntry;

/** The monthly statement as CSV (RFC 4180): one line per work, each author's total after their works. */
public final class RoyaltyCsv {

    private RoyaltyCsv() {}

    public static String write(List<RoyaltyLedger.AuthorStatement> statement) {
        StringBuilder csv =
                new StringBuilder("author,account,article_id,title,published_at,share_percent,amount_vnd\r\n");
        for (RoyaltyLedger.AuthorStatement author : statement) {
            for (RoyaltyEntry work : author.works()) {
                csv.append(String.join(
                                ",",
                                field(author.authorName()),
                                field(author.authorAccount()),
                                String.valueOf(work.getArticle().getId()),
                                field(work.getArticle().getTitle()),
                                work.getPublishedAt().toString(),
                                String.valueOf(work.getSharePercent()),
                                work.getAmount().toPlainString()))
                        .append("\r\n");
            }
            csv.append(String.join(
                            ",",
                            field(author.authorName()),
                            field(author.authorAccount()),
                            "",
                            "TOTAL",
                            "",
                            "",
                            author.total().toPlainString()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes a field; a leading formula character is defused so spreadsheets do not run it. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
