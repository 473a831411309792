package vn.egov.portal.eservice.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.egov.portal.eservice.entity.ProcedureFacts;
import vn.egov.portal.eservice.entity.ProcedurePart;

/**
 * Which parts of a procedure a change touches, in the order the procedure page shows them: what a
 * revision records and its announcement says. Nothing changed: an empty list, and no revision.
 */
public final class ProcedureChanges {

    private record Part(ProcedurePart part, Function<ProcedureFacts, Object> value) {}

    private static final List<Part> PARTS = List.of(
            new Part(ProcedurePart.NAME, ProcedureFacts::name),
            new Part(ProcedurePart.FIELD, ProcedureFacts::field),
            new Part(ProcedurePart.AGENCY, ProcedureFacts::agencyCode),
            new Part(ProcedurePart.LEVEL, ProcedureFacts::level),
            new Part(ProcedurePart.EXECUTING_BODY, ProcedureFacts::executingBody),
            new Part(ProcedurePart.CONDITIONS, ProcedureFacts::conditions),
            new Part(ProcedurePart.STEPS, ProcedureFacts::steps),
            new Part(ProcedurePart.COMPONENTS, ProcedureFacts::components),
            new Part(ProcedurePart.FEE, ProcedureFacts::feeVnd),
            new Part(ProcedurePart.PROCESSING_DAYS, ProcedureFacts::processingDays),
            new Part(ProcedurePart.RESULT, ProcedureFacts::result),
            new Part(ProcedurePart.LEGAL_BASIS, ProcedureFacts::legalBasis),
            new Part(ProcedurePart.ONLINE_LEVEL, ProcedureFacts::onlineLevel));

    private ProcedureChanges() {}

    /** The parts that differ; a first entry (no {@code before}) is {@link ProcedurePart#ENTRY} alone. */
    public static List<ProcedurePart> between(ProcedureFacts before, ProcedureFacts after) {
        Objects.requireNonNull(after, "after");
        if (before == null) {
            return List.of(ProcedurePart.ENTRY);
        }
        List<ProcedurePart> changed = new ArrayList<>();
        for (Part part : PARTS) {
            if (!Objects.equals(part.value().apply(before), part.value().apply(after))) {
                changed.add(part.part());
            }
        }
        return List.copyOf(changed);
    }
}
