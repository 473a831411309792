package vn.egov.portal.legal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.egov.portal.legal.boundary.DocumentDraft;
import vn.egov.portal.legal.boundary.LegalDocumentEditing;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.boundary.LegalSearch;
import vn.egov.portal.legal.entity.DocumentType;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.legal.entity.LegalStatus;
import vn.egov.portal.legal.entity.RelationKind;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.OrgUnit;

/** The board's register: documents published or not, registering, publishing and relating them. */
@Named
@ViewScoped
public class LegalConsolePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalDocumentEditing editing;

    @Inject
    LegalDocumentRegistry registry;

    @Inject
    SiteDirectory directory;

    private List<LegalDocument> documents;
    private String numberSymbol;
    private String typeCode;
    private String issuerUnitCode;
    private String externalIssuer;
    private String providerUnitCode;
    private String signer;
    private String signerTitle;
    private LocalDate issueDate;
    private LocalDate effectiveDate;
    private LocalDate expiryDate;
    private LegalStatus status = LegalStatus.IN_FORCE;
    private String excerpt;
    private List<String> fields = new ArrayList<>();
    private Long relationSource;
    private RelationKind relationKind;
    private String relationTarget;

    @PostConstruct
    void load() {
        documents = editing.search(LegalSearch.all(PageRequest.first(PageRequest.MAX_SIZE)))
                .items();
    }

    public void register() {
        try {
            editing.register(new DocumentDraft(
                    numberSymbol,
                    typeCode,
                    issuerUnitCode,
                    externalIssuer,
                    providerUnitCode,
                    signer,
                    signerTitle,
                    issueDate,
                    effectiveDate,
                    expiryDate,
                    status,
                    excerpt,
                    fields == null ? List.of() : fields));
            FacesFeedback.done("legal.console.registered");
            numberSymbol = null;
            excerpt = null;
            fields = new ArrayList<>();
            load();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "register");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        }
    }

    public void publish(LegalDocument document) {
        editing.publish(document.getId());
        FacesFeedback.done("legal.console.published");
        load();
    }

    public void relate() {
        try {
            LegalDocument target = editing
                    .search(new LegalSearch(relationTarget, null, null, null, null, null, null, PageRequest.first(1)))
                    .items()
                    .stream()
                    .findFirst()
                    .orElseThrow(() -> InvalidInputException.of("target", "error.legal.numberSymbol"));
            editing.relate(relationSource, relationKind, target.getId());
            FacesFeedback.done("legal.console.related");
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "relate");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        }
    }

    public List<DocumentType> getTypes() {
        return registry.listTypes();
    }

    public List<OrgUnit> getUnits() {
        return directory.listOrgUnits();
    }

    /** What an official may record; "not yet in force" follows from the dates. */
    public List<LegalStatus> getStatuses() {
        return List.copyOf(LegalStatus.RECORDABLE);
    }

    /** The status readers see today. */
    public LegalStatus statusOf(LegalDocument document) {
        return document.statusOn(registry.today());
    }

    public RelationKind[] getRelationKinds() {
        return RelationKind.values();
    }

    public List<LegalDocument> getDocuments() {
        return documents;
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    public void setNumberSymbol(String numberSymbol) {
        this.numberSymbol = numberSymbol;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getIssuerUnitCode() {
        return issuerUnitCode;
    }

    public void setIssuerUnitCode(String issuerUnitCode) {
        this.issuerUnitCode = issuerUnitCode;
    }

    public String getExternalIssuer() {
        return externalIssuer;
    }

    public void setExternalIssuer(String externalIssuer) {
        this.externalIssuer = externalIssuer;
    }

    public String getProviderUnitCode() {
        return providerUnitCode;
    }

    public void setProviderUnitCode(String providerUnitCode) {
        this.providerUnitCode = providerUnitCode;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public void setExcerpt(String excerpt) {
        this.excerpt = excerpt;
    }

    public List<String> getFields() {
        return fields;
    }

    public void setFields(List<String> fields) {
        this.fields = fields;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public void setExpiryDate(LocalDate expiryDate) {
        this.expiryDate = expiryDate;
    }

    public LegalStatus getStatus() {
        return status;
    }

    public void setStatus(LegalStatus status) {
        this.status = status;
    }

    public Long getRelationSource() {
        return relationSource;
    }

    public void setRelationSource(Long relationSource) {
        this.relationSource = relationSource;
    }

    public RelationKind getRelationKind() {
        return relationKind;
    }

    public void setRelationKind(RelationKind relationKind) {
        this.relationKind = relationKind;
    }

    public String getRelationTarget() {
        return relationTarget;
    }

    public void setRelationTarget(String relationTarget) {
        this.relationTarget = relationTarget;
    }
}
