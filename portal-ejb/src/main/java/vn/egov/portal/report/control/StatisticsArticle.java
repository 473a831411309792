package vn.egov.portal.report.control;

import java.util.List;
import java.util.Locale;
import vn.egov.portal.content.entity.ArticleText;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.report.entity.ReportKind;

/**
 * The statistics article (Article 5.14) that carries a published report: a Vietnamese title from the
 * report's kind and period, and a body naming the published sections and linking the public
 * statistics page, which shows their charts and tables. The editorial board may edit it like any draft.
 */
public final class StatisticsArticle {

    private static final Locale VIETNAMESE = Language.VIETNAMESE.locale();

    private StatisticsArticle() {}

    /** The public page of a published report, on every portal address the same. */
    public static String pagePath(long reportId) {
        return "/thong-ke/bao-cao/" + reportId;
    }

    public static ArticleText text(ReportKind kind, String period, long reportId, List<String> sections) {
        String kindName = PortalMessages.get(VIETNAMESE, "report.kind." + kind.name());
        String title = PortalMessages.get(VIETNAMESE, "report.publish.articleTitle", kindName, period);
        String summary = PortalMessages.get(VIETNAMESE, "report.publish.articleSummary", kindName, period);
        StringBuilder body = new StringBuilder("<p>").append(summary).append("</p><ul>");
        for (String section : sections) {
            body.append("<li>")
                    .append(PortalMessages.get(VIETNAMESE, "report.section." + section))
                    .append("</li>");
        }
        body.append("</ul><p><a href=\"")
                .append(pagePath(reportId))
                .append("\">")
                .append(PortalMessages.get(VIETNAMESE, "report.publish.articleLink"))
                .append("</a></p>");
        return ArticleText.of(title, summary, body.toString());
    }
}
