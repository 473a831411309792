package vn.egov.portal.eservice.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * An administrative procedure of the catalogue (R8, Article 5.11): who settles it, what the dossier
 * holds, what it costs in VND, how many working days it takes and what the applicant receives.
 * The search text is the folded name, code and field, so a search without accents finds it.
 */
@Entity
@Table(
        name = "eservice_procedure",
        indexes = {
            @Index(name = "ix_eservice_procedure_field", columnList = "field"),
            @Index(name = "ix_eservice_procedure_agency", columnList = "agency_id")
        })
@NamedQuery(name = Procedure.BY_CODE, query = "select p from Procedure p where p.code = :code")
public class Procedure extends PersistentEntity {

    public static final String BY_CODE = "Procedure.byCode";

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Column(name = "field", nullable = false, length = 200)
    private String field;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false)
    private OrgUnit agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "admin_level", nullable = false, length = 20)
    private ProcedureLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level", nullable = false, length = 20)
    private OnlineLevel onlineLevel;

    /** Null when the procedure is free of charge. */
    @Column(name = "fee_vnd")
    private Long feeVnd;

    @Column(name = "processing_days", nullable = false)
    private int processingDays;

    @Column(name = "result_text", nullable = false, length = 1000)
    private String result;

    @Column(name = "legal_basis", length = 2000)
    private String legalBasis;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "eservice_procedure_step", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "sort_index")
    @Column(name = "step_text", length = 2000)
    private List<String> steps = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "eservice_component", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "sort_index")
    private List<DossierComponent> components = new ArrayList<>();

    @Column(name = "search_text", nullable = false, length = 4000)
    private String searchText;

    @Column(name = "conditions_text", length = 4000)
    private String conditions;

    @Column(name = "executing_body", length = 500)
    private String executingBody;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "eservice_procedure_legal", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "sort_index")
    private List<LegalCitation> citations = new ArrayList<>();

    protected Procedure() {}

    public Procedure(String code, String name, String field, OrgUnit agency, ProcedureLevel level) {
        this.code = Objects.requireNonNull(code, "code");
        this.agency = Objects.requireNonNull(agency, "agency");
        this.level = Objects.requireNonNull(level, "level");
        this.onlineLevel = OnlineLevel.PARTIAL;
        this.result = "";
        rename(name, field);
    }

    public void rename(String name, String field) {
        this.name = Objects.requireNonNull(name, "name");
        this.field = Objects.requireNonNull(field, "field");
        String folded = Text.fold(name + " " + code + " " + field);
        this.searchText = folded.substring(0, Math.min(4000, folded.length()));
    }

    public void settle(OnlineLevel onlineLevel, Long feeVnd, int processingDays, String result, String legalBasis) {
        if (processingDays < 0 || (feeVnd != null && feeVnd < 0)) {
            throw new IllegalArgumentException("negative days or fee");
        }
        this.onlineLevel = Objects.requireNonNull(onlineLevel, "onlineLevel");
        this.feeVnd = feeVnd;
        this.processingDays = processingDays;
        this.result = Objects.requireNonNull(result, "result");
        this.legalBasis = legalBasis;
    }

    public void describe(List<String> steps, List<DossierComponent> components) {
        this.steps = new ArrayList<>(steps);
        this.components = new ArrayList<>(components);
    }

    /**
     * Sets everything the catalogue says of the procedure (the code stays: it is the key). The old
     * free-text legal basis column keeps the citations as one sentence, for the search index and
     * the API's readers of the first version.
     */
    public void apply(ProcedureFacts facts, OrgUnit agency) {
        if (!agency.getCode().equals(facts.agencyCode())) {
            throw new IllegalArgumentException("agency " + agency.getCode() + " is not " + facts.agencyCode());
        }
        this.agency = agency;
        this.level = facts.level();
        rename(facts.name(), facts.field());
        settle(
                facts.onlineLevel(),
                facts.feeVnd(),
                facts.processingDays(),
                facts.result(),
                facts.legalBasis().isEmpty()
                        ? null
                        : String.join(
                                "; ",
                                facts.legalBasis().stream()
                                        .map(LegalCitation::text)
                                        .toList()));
        describe(facts.steps(), facts.components());
        this.conditions = facts.conditions();
        this.executingBody = facts.executingBody();
        this.citations = new ArrayList<>(facts.legalBasis());
    }

    /** What the catalogue says of it now, to compare with a change. */
    public ProcedureFacts facts() {
        return new ProcedureFacts(
                name,
                field,
                agency.getCode(),
                level,
                executingBody,
                conditions,
                steps,
                components,
                feeVnd,
                processingDays,
                result,
                citations,
                onlineLevel);
    }

    public String getConditions() {
        return conditions;
    }

    /** The body that receives and settles the dossier when it is not the competent agency itself. */
    public String getExecutingBody() {
        return executingBody;
    }

    public List<LegalCitation> getCitations() {
        return List.copyOf(citations);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getField() {
        return field;
    }

    public OrgUnit getAgency() {
        return agency;
    }

    public ProcedureLevel getLevel() {
        return level;
    }

    public OnlineLevel getOnlineLevel() {
        return onlineLevel;
    }

    public Long getFeeVnd() {
        return feeVnd;
    }

    public boolean isFree() {
        return feeVnd == null || feeVnd == 0;
    }

    public int getProcessingDays() {
        return processingDays;
    }

    public String getResult() {
        return result;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public List<String> getSteps() {
        return List.copyOf(steps);
    }

    public List<DossierComponent> getComponents() {
        return List.copyOf(components);
    }

    public String getSearchText() {
        return searchText;
    }
}
