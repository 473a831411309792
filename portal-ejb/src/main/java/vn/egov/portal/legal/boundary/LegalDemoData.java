package vn.egov.portal.legal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.deadline.boundary.ObligationRequest;
import vn.egov.portal.deadline.boundary.Obligations;
import vn.egov.portal.legal.control.NumberSymbol;
import vn.egov.portal.legal.entity.DocumentRelation;
import vn.egov.portal.legal.entity.DocumentType;
import vn.egov.portal.legal.entity.GazetteIssue;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.legal.entity.LegalStatus;
import vn.egov.portal.legal.entity.RelationKind;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.setup.boundary.DemoDataset;
import vn.egov.portal.setup.control.SeedFiles;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * The seed regulation's own decision 01/2014/QĐ-UBND and the documents it is based on
 * ({@code seed/demo-legal.json}), with their relations and a Gazette issue. The decision gets its
 * publishing deadline like any PPC document and is published on time.
 */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
public class LegalDemoData implements DemoDataset {

    /** The seed file's shape. */
    public record DocumentData(
            String numberSymbol,
            String type,
            String issuerUnit,
            String externalIssuer,
            String providerUnit,
            String signer,
            String signerTitle,
            LocalDate issueDate,
            LocalDate effectiveDate,
            String status,
            String excerpt,
            List<String> fields,
            LocalDateTime publishedAt) {}

    /** A relation in the seed file. */
    public record RelationData(String source, String kind, String target) {}

    /** A Gazette issue in the seed file. */
    public record GazetteData(int number, LocalDate date, List<String> documents) {}

    /** The seed file. */
    public record LegalData(List<DocumentData> documents, List<RelationData> relations, List<GazetteData> gazette) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Obligations obligations;

    @Inject
    PortalConfig config;

    @Inject
    LegalTypeSeed types;

    @Inject
    vn.egov.portal.deadline.boundary.DeadlineRuleSeed rules;

    @Override
    public String key() {
        return "demo.legal.v1";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        types.apply();
        rules.apply();
        LegalData data = SeedFiles.read("seed/demo-legal.json", LegalData.class);
        Map<String, LegalDocument> documents = new HashMap<>();
        data.documents().forEach(document -> documents.put(document.numberSymbol(), add(document)));
        data.relations()
                .forEach(relation -> em.persist(new DocumentRelation(
                        documents.get(relation.source()),
                        RelationKind.valueOf(relation.kind()),
                        documents.get(relation.target()))));
        data.gazette().forEach(issue -> {
            GazetteIssue gazette = new GazetteIssue(issue.number(), issue.date());
            issue.documents().forEach(number -> gazette.add(documents.get(number), null));
            em.persist(gazette);
        });
    }

    private LegalDocument add(DocumentData data) {
        DocumentType type = em.createNamedQuery(DocumentType.BY_CODE, DocumentType.class)
                .setParameter("code", data.type())
                .getSingleResult();
        LegalDocument document =
                new LegalDocument(NumberSymbol.parse(data.numberSymbol()), type, data.issueDate(), data.excerpt());
        document.describe(type, data.excerpt(), data.fields() == null ? List.of() : data.fields());
        document.dated(data.issueDate(), data.effectiveDate(), null);
        document.issuedBy(unit(data.issuerUnit()), data.externalIssuer(), unit(data.providerUnit()));
        document.signedBy(data.signer(), data.signerTitle());
        document.changeStatus(LegalStatus.valueOf(data.status()));
        em.persist(document);
        em.flush();
        if (document.getIssuer() != null) {
            obligations.open(new ObligationRequest(
                    LegalDocumentEditing.OBLIGATION_KIND,
                    document.getId(),
                    document.getNumberSymbol() + " – " + document.getExcerpt(),
                    "/admin/legal-documents.xhtml?id=" + document.getId(),
                    LegalDocumentEditing.PPC_RULE,
                    data.providerUnit(),
                    document.getIssueDate(),
                    null));
        }
        if (data.publishedAt() != null) {
            document.publish(data.publishedAt().atZone(config.zone()).toInstant());
            obligations.fulfil(LegalDocumentEditing.OBLIGATION_KIND, document.getId(), document.getPublishedAt());
        }
        return document;
    }

    private OrgUnit unit(String code) {
        return code == null
                ? null
                : em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
                        .setParameter("code", code)
                        .getSingleResult();
    }
}
