package vn.egov.portal.eservice.entity;

import java.util.List;
import java.util.Objects;

/**
 * What the catalogue says of a procedure, apart from its code (its key): the content a revision
 * compares and the editor, the import and the demo data set. The agency is named by its unit code.
 */
public record ProcedureFacts(
        String name,
        String field,
        String agencyCode,
        ProcedureLevel level,
        String executingBody,
        String conditions,
        List<String> steps,
        List<DossierComponent> components,
        Long feeVnd,
        int processingDays,
        String result,
        List<LegalCitation> legalBasis,
        OnlineLevel onlineLevel) {

    public ProcedureFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(onlineLevel, "onlineLevel");
        steps = List.copyOf(steps);
        components = List.copyOf(components);
        legalBasis = List.copyOf(legalBasis);
        // Free is one thing, whichever way it was written.
        feeVnd = feeVnd == null || feeVnd == 0 ? null : feeVnd;
    }
}
