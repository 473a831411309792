package vn.egov.portal.royalty.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.egov.portal.content.boundary.EditorialQueries;
import vn.egov.portal.content.entity.ContentKind;
import vn.egov.portal.platform.document.control.Document;
import vn.egov.portal.platform.document.control.DocumentFormat;
import vn.egov.portal.platform.document.control.GeneratedDocument;
import vn.egov.portal.platform.document.web.DocumentDownload;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.report.boundary.RoyaltyStatements;
import vn.egov.portal.report.control.ReportReaders;
import vn.egov.portal.royalty.boundary.RoyaltyLedger;
import vn.egov.portal.royalty.control.RoyaltyCsv;
import vn.egov.portal.site.entity.Site;

/**
 * Royalty rates of a site and the monthly statement per author, with its CSV export, and the
 * month's kept statements (the royalty-statement job's report, all sites) with a file per author.
 */
@Named
@ViewScoped
public class RoyaltiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoyaltyLedger ledger;

    @Inject
    EditorialQueries queries;

    @Inject
    RoyaltyStatements kept;

    @Inject
    Clock clock;

    private String siteSlug;
    private String month;
    private ContentKind kind;
    private BigDecimal amount;
    private transient String keptMonth;
    private transient RoyaltyStatements.Kept keptReport;

    @PostConstruct
    void init() {
        List<Site> sites = queries.listMySites();
        siteSlug = sites.isEmpty() ? null : sites.get(0).getSlug();
        month = YearMonth.now(clock).toString();
    }

    public List<Site> getSites() {
        return queries.listMySites();
    }

    public Map<ContentKind, BigDecimal> getRates() {
        return ledger.listRates(siteSlug);
    }

    public List<RoyaltyLedger.AuthorStatement> getStatement() {
        return ledger.statement(siteSlug, period());
    }

    public BigDecimal getTotal() {
        return getStatement().stream()
                .map(RoyaltyLedger.AuthorStatement::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public void setRate() {
        try {
            ledger.setRate(siteSlug, kind, amount);
            FacesFeedback.done("royalty.rateSaved");
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "rates");
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(new vn.egov.portal.platform.error.boundary.ConflictException(
                    "royalty.error.notHead", denied.getMessage()));
        }
    }

    /** The statement as a CSV download, by the one CSV writer (UTF-8 with BOM, formulas defused). */
    public void exportCsv() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Language language = Language.of(faces.getViewRoot().getLocale());
        Document statement = Document.titled(
                        PortalMessages.get(language.locale(), "royalty.statement"), language, clock.instant())
                .table(RoyaltyCsv.table(getStatement()))
                .build();
        DocumentDownload.send(
                faces, GeneratedDocument.of(statement, DocumentFormat.CSV, "nhuan-but-" + siteSlug + "-" + period()));
    }

    /** Whether the caller may read the kept statements (the board and the system administrator, not a sub-portal's editor). */
    public boolean isKeptReadable() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return ReportReaders.ROYALTIES.stream().anyMatch(external::isUserInRole);
    }

    /** The month's statements as the royalty-statement job kept them, across all sites; null before the job has run. */
    public RoyaltyStatements.Kept getKept() {
        String wanted = period().toString();
        if (!wanted.equals(keptMonth)) {
            keptReport = kept.findCurrent(period()).orElse(null);
            keptMonth = wanted;
        }
        return keptReport;
    }

    /** Author {@code number}'s kept statement as {@code format} (pdf, ods or csv). */
    public void downloadStatement(long reportId, int number, String format) throws IOException {
        DocumentDownload.send(
                FacesContext.getCurrentInstance(),
                kept.file(reportId, number, DocumentFormat.valueOf(format.toUpperCase(Locale.ROOT))));
    }

    private YearMonth period() {
        try {
            return YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException unreadable) {
            return YearMonth.now(clock);
        }
    }

    public ContentKind[] getKinds() {
        return ContentKind.values();
    }

    public String getSiteSlug() {
        return siteSlug;
    }

    public void setSiteSlug(String siteSlug) {
        this.siteSlug = siteSlug;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public ContentKind getKind() {
        return kind;
    }

    public void setKind(ContentKind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
