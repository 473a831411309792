package vn.egov.portal.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.platform.document.control.DocumentFormat;
import vn.egov.portal.platform.document.web.DocumentDownload;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.report.boundary.ReportArchive;
import vn.egov.portal.report.boundary.ReportView;
import vn.egov.portal.report.control.ReportReaders;

/** The console's list of kept reports, newest first, each with its PDF, ODS and CSV. */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportArchive archive;

    private transient List<ReportView> reports;

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
}
