package vn.egov.portal.report.rest;

import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import vn.egov.portal.platform.document.control.DocumentFormat;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.report.boundary.ReportView;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.RoyaltyFigures;
import vn.egov.portal.report.entity.ReportKind;

/** What the reports API answers: a report in a list, and one report with its sections and files. */
public final class ReportViews {

    static final List<String> FORMATS = List.of("pdf", "ods", "csv");

    private ReportViews() {}

    /** The format a file address names; another word is a 404, as for any address that names nothing. */
    static DocumentFormat format(String format) {
        if (!FORMATS.contains(format)) {
            throw new NotFoundException("report file format", format);
        }
        return DocumentFormat.valueOf(format.toUpperCase(Locale.ROOT));
    }

    public record Summary(long id, String kind, String period, int version, String state, Instant createdAt, URI self) {

        static Summary of(ReportView report, UriInfo uri) {
            return new Summary(
                    report.id(),
                    report.kind().name(),
                    report.period(),
                    report.number(),
                    report.state().name(),
                    report.createdAt(),
                    uri.getBaseUriBuilder().path("v1/reports/{id}").build(report.id()));
        }
    }

    public record Section(
            String key, String title, List<String> labelColumns, List<String> valueColumns, List<Row> rows) {

        static Section of(Figures.Section section, Locale locale) {
            return new Section(
                    section.key(),
                    PortalMessages.get(locale, "report.section." + section.key()),
                    section.labelColumns(),
                    section.valueColumns(),
                    section.rows().stream()
                            .map(row -> new Row(row.labels(), values(section.valueColumns(), row.values())))
                            .toList());
        }

        private static Map<String, BigDecimal> values(List<String> columns, List<BigDecimal> values) {
            Map<String, BigDecimal> named = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                named.put(columns.get(i), values.get(i));
            }
            return named;
        }
    }

    /** A royalty report's statements, one address per author in the summary's order; none for other kinds. */
    private static List<URI> statementLinks(ReportView report, UriInfo uri) {
        if (report.kind() != ReportKind.ROYALTY_STATEMENT) {
            return List.of();
        }
        return IntStream.rangeClosed(1, RoyaltyFigures.count(report.figures()))
                .mapToObj(n -> uri.getBaseUriBuilder()
                        .path("v1/report-archive/{id}/statements/{n}")
                        .build(report.id(), n))
                .toList();
    }

    public record Row(List<String> labels, Map<String, BigDecimal> values) {}

    public record Detail(
            long id,
            String kind,
            String period,
            int version,
            String state,
            Instant createdAt,
            Map<String, URI> files,
            List<URI> statements,
            List<Section> sections) {

        /** With {@code files} the links to the report's files (for the roles that may fetch them). */
        static Detail of(ReportView report, UriInfo uri, Locale locale, boolean withFiles) {
            Map<String, URI> files = new LinkedHashMap<>();
            for (String format : withFiles ? FORMATS : List.<String>of()) {
                files.put(
                        format,
                        uri.getBaseUriBuilder()
                                .path("v1/report-archive/{id}/{format}")
                                .build(report.id(), format));
            }
            return new Detail(
                    report.id(),
                    report.kind().name(),
                    report.period(),
                    report.number(),
                    report.state().name(),
                    report.createdAt(),
                    files,
                    statementLinks(report, uri),
                    report.figures().sections().stream()
                            .map(section -> Section.of(section, locale))
                            .toList());
        }
    }
}
