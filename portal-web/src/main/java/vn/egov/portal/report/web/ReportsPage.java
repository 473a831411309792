package vn.egov.portal.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.document.control.DocumentFormat;
import vn.egov.portal.platform.document.web.DocumentDownload;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.report.boundary.PublicationChoice;
import vn.egov.portal.report.boundary.ReportArchive;
import vn.egov.portal.report.boundary.ReportPublishing;
import vn.egov.portal.report.boundary.ReportView;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.ReportReaders;
import vn.egov.portal.report.control.StatisticsArticle;
import vn.egov.portal.report.entity.PublishedStatistics;
import vn.egov.portal.report.entity.ReportState;

/**
 * The console's list of kept reports, newest first, each with its PDF, ODS and CSV, what the board
 * published of it, and for the board the choice of sections to publish as statistics.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportArchive archive;

    @Inject
    transient ReportPublishing publishing;

    @Inject
    transient SecurityContext security;

    private transient List<ReportView> reports;
    private transient Map<Long, List<PublishedStatistics>> decisions;
    private Long chosenReport;
    private List<String> chosenSections = new ArrayList<>();
    private List<String> offeredSections = List.of();

    public List<ReportView> getReports() {
        if (reports == null) {
            reports = archive.list(null, null, PageRequest.first(PageRequest.MAX_SIZE))
                    .items();
        }
        return reports;
    }

    /** Whether the caller may open this report's files and dashboard: a royalty report is listed to the operator, not opened. */
    public boolean readable(ReportView report) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return ReportReaders.of(report.kind()).stream().anyMatch(external::isUserInRole);
    }

    /** Sends report {@code id} as {@code format} (pdf, ods or csv). */
    public void download(long id, String format) throws IOException {
        DocumentDownload.send(
                FacesContext.getCurrentInstance(),
                archive.file(id, DocumentFormat.valueOf(format.toUpperCase(Locale.ROOT))));
    }

    /** The board (editor-in-chief, deputy) decides what is published. */
    public boolean isBoard() {
        return security.isCallerInRole(Roles.EDITOR_IN_CHIEF) || security.isCallerInRole(Roles.DEPUTY_EDITOR);
    }

    /** The board's decisions on a report, oldest first. */
    public List<PublishedStatistics> decisionsOn(ReportView report) {
        if (decisions == null) {
            decisions = publishing.decisionsOn(
                    getReports().stream().map(ReportView::id).toList());
        }
        return decisions.getOrDefault(report.id(), List.of());
    }

    /** Something of the report is public: its statistics article went out. */
    public boolean isPublic(ReportView report) {
        return decisionsOn(report).stream().anyMatch(PublishedStatistics::isPublic);
    }

    /** The public address of a report's statistics. */
    public String publicPath(ReportView report) {
        return StatisticsArticle.pagePath(report.id());
    }

    /** Opens the choice for a report: every section not yet published, all of them ticked. */
    public void choose(ReportView report) {
        chosenReport = report.id();
        offeredSections = unpublished(report);
        chosenSections = new ArrayList<>(offeredSections);
    }

    /** Whether the board may publish something of this report: current, of a public kind, not all of it out. */
    public boolean mayPublish(ReportView report) {
        return isBoard()
                && report.state() == ReportState.CURRENT
                && report.kind().isPublishable()
                && !unpublished(report).isEmpty();
    }

    private List<String> unpublished(ReportView report) {
        List<String> published = decisionsOn(report).stream()
                .flatMap(decision -> decision.getSections().stream())
                .toList();
        return report.figures().sections().stream()
                .map(Figures.Section::key)
                .filter(key -> !published.contains(key))
                .toList();
    }

    public void publish() {
        try {
            publishing.publish(chosenReport, new PublicationChoice(chosenSections));
            FacesFeedback.done("report.publish.done");
            reports = null;
            decisions = null;
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "publish");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        }
    }

    public Long getChosenReport() {
        return chosenReport;
    }

    public List<String> getOfferedSections() {
        return offeredSections;
    }

    public List<String> getChosenSections() {
        return chosenSections;
    }

    public void setChosenSections(List<String> chosenSections) {
        this.chosenSections = chosenSections == null ? new ArrayList<>() : new ArrayList<>(chosenSections);
    }
}
