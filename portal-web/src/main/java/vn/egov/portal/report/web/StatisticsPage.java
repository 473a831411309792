package vn.egov.portal.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.content.web.PublicPages;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.report.boundary.PublicStatistics;
import vn.egov.portal.report.boundary.ReportView;
import vn.egov.portal.report.control.Figures;

/**
 * The public page of published statistics ("/thong-ke/bao-cao/{id}"): each published section as a
 * bar chart drawn on the server and the data table beside it. Nothing else of the report shows; a
 * report with nothing published is a 404.
 */
@Named
@RequestScoped
public class StatisticsPage {

    @Inject
    PublicStatistics statistics;

    @Inject
    PortalLocale portalLocale;

    private ReportView report;
    private List<SectionView> sections;

    /** One published section as the page draws it: the chart (SVG markup) and the table's parts. */
    public record SectionView(
            String key, String title, String chart, List<String> headers, int labelCount, List<RowView> rows) {}

    /** A table row: its labels (the first one heads the row) and its values as the reader writes numbers. */
    public record RowView(List<String> labels, List<String> values) {}

    public void load() {
        Long id = PublicPages.longParam("id");
        try {
            report = id == null ? null : statistics.find(id);
        } catch (NotFoundException nothingPublished) {
            report = null;
        }
        if (report == null) {
            PublicPages.notFound();
        }
    }

    public ReportView getReport() {
        return report;
    }

    public List<SectionView> getSections() {
        if (sections == null) {
            Locale locale = portalLocale.getLocale();
            sections = report == null
                    ? List.of()
                    : report.figures().sections().stream()
                            .map(section -> view(section, locale))
                            .toList();
        }
        return sections;
    }

    private static SectionView view(Figures.Section section, Locale locale) {
        String title = PortalMessages.get(locale, "report.section." + section.key());
        List<String> headers = new ArrayList<>();
        section.labelColumns().forEach(column -> headers.add(PortalMessages.get(locale, "report.column." + column)));
        section.valueColumns().forEach(column -> headers.add(PortalMessages.get(locale, "report.column." + column)));
        List<RowView> rows = section.rows().stream()
                .map(row -> new RowView(
                        row.labels(),
                        row.values().stream()
                                .map(value -> BarChartSvg.number(value, locale))
                                .toList()))
                .toList();
        return new SectionView(
                section.key(),
                title,
                chart(section, title, locale),
                headers,
                section.labelColumns().size(),
                rows);
    }

    /** The section's first figure (articles published, questions received...) for each row. */
    private static String chart(Figures.Section section, String title, Locale locale) {
        if (section.rows().isEmpty() || section.valueColumns().isEmpty()) {
            return "";
        }
        String measure = PortalMessages.get(
                locale, "report.column." + section.valueColumns().get(0));
        return BarChartSvg.of(
                "chart-" + section.key(),
                PortalMessages.get(locale, "report.public.chartTitle", title, measure),
                section.rows().stream()
                        .map(row -> new BarChartSvg.Bar(
                                String.join(" · ", row.labels()), row.values().get(0)))
                        .toList(),
                locale);
    }
}
