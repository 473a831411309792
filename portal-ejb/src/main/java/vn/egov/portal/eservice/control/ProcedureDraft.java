package vn.egov.portal.eservice.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.egov.portal.eservice.entity.DossierComponent;
import vn.egov.portal.eservice.entity.LegalCitation;
import vn.egov.portal.eservice.entity.OnlineLevel;
import vn.egov.portal.eservice.entity.ProcedureFacts;
import vn.egov.portal.eservice.entity.ProcedureLevel;
import vn.egov.portal.legal.control.NumberSymbol;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;
import vn.egov.portal.platform.validation.control.Storable;

/**
 * A procedure as the console's editor, the import file or an integrator writes it, with the
 * catalogue's input rules; the names are the API's and the import file's field names. The legal
 * basis is a list of citations whose number and symbol must read (the legal register's parser).
 */
public record ProcedureDraft(
        String code,
        @Required(message = "{eservice.error.required.name}") @MaxLength(500) @Storable String name,
        @Required(message = "{eservice.error.required.field}") @MaxLength(200) @Storable String field,
        @Required(message = "{eservice.error.required.agency}") @MaxLength(50) String agency,
        @NotNull(message = "{error.eservice.level}") ProcedureLevel level,
        @MaxLength(500) @Storable String executingBody,
        @MaxLength(4000) @Storable String conditions,
        @Required(message = "{eservice.error.required.steps}") List<@MaxLength(2000) @Storable String> steps,
        @Required(message = "{eservice.error.required.components}")
                List<@Valid @NotNull(message = "{error.input.required}") ComponentDraft> components,
        @Min(value = 0, message = "{eservice.error.fee}") Long feeVnd,
        @NotNull(message = "{eservice.error.processingDays}")
                @Min(value = 0, message = "{eservice.error.processingDays}")
                @Max(value = 365, message = "{eservice.error.processingDays}")
                Integer processingDays,
        @Required(message = "{eservice.error.required.result}") @MaxLength(1000) @Storable String result,
        List<@Valid @NotNull(message = "{error.input.required}") CitationDraft> legalBasis,
        @NotNull(message = "{error.eservice.onlineLevel}") OnlineLevel onlineLevel,
        @MaxLength(1000) @Storable String note) {

    /** One dossier component: name, how many originals and copies, required or optional. */
    public record ComponentDraft(
            @Required(message = "{eservice.error.required.componentName}") @MaxLength(500) @Storable String name,
            @Min(value = 0, message = "{eservice.error.count}") @Max(value = 20, message = "{eservice.error.count}")
                    int originals,
            @Min(value = 0, message = "{eservice.error.count}") @Max(value = 20, message = "{eservice.error.count}")
                    int copies,
            boolean required) {}

    /** One document of the legal basis: its number and symbol ("63/2010/NĐ-CP") and its title. */
    public record CitationDraft(String numberSymbol, @MaxLength(1000) @Storable String title) {

        @AssertTrue(message = "{eservice.error.citation}")
        private boolean isNumberSymbol() {
            return NumberSymbol.tryParse(numberSymbol).isPresent();
        }

        /** The number and symbol as the register writes it; valid once the draft keeps its rules. */
        public NumberSymbol number() {
            return NumberSymbol.parse(numberSymbol);
        }
    }

    public ProcedureDraft {
        steps = steps == null ? List.of() : steps;
        components = components == null ? List.of() : components;
        legalBasis = legalBasis == null ? List.of() : legalBasis;
    }

    @AssertTrue(message = "{eservice.error.code}")
    private boolean isCode() {
        return ProcedureCode.read(code).isPresent();
    }

    /** The code's one canonical text (the catalogue's key); valid once the draft keeps its rules. */
    public String canonicalCode() {
        return ProcedureCode.read(code).orElseThrow().text();
    }

    /**
     * The facts the catalogue keeps, in NFC, once the draft keeps its rules; {@code registered} gives
     * the legal register's path of a cited document it publishes (empty for one it does not hold).
     */
    public ProcedureFacts facts(Function<NumberSymbol, Optional<String>> registered) {
        return new ProcedureFacts(
                Text.clean(name),
                Text.clean(field),
                Text.clean(agency),
                level,
                Text.clean(executingBody),
                Text.clean(conditions),
                steps.stream().map(Text::clean).filter(step -> step != null).toList(),
                components.stream()
                        .map(c -> new DossierComponent(Text.clean(c.name()), c.originals(), c.copies(), c.required()))
                        .toList(),
                feeVnd,
                processingDays,
                Text.clean(result),
                legalBasis.stream()
                        .map(citation -> new LegalCitation(
                                citation.number().text(),
                                Text.clean(citation.title()),
                                registered.apply(citation.number()).orElse(null)))
                        .toList(),
                onlineLevel);
    }
}
