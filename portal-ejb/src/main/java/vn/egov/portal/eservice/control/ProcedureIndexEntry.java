package vn.egov.portal.eservice.control;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.Searchable;

/** A procedure as the search index keeps it: the rebuild reads them all, each edit fires its own. */
public final class ProcedureIndexEntry {

    private ProcedureIndexEntry() {}

    /** The procedure as the index keeps it; an edit fires it so the index follows at commit. */
    public static Searchable of(Procedure procedure) {
        String text = Stream.of(
                        procedure.getCode(),
                        procedure.getAgency() == null
                                ? null
                                : procedure.getAgency().getName().getVi(),
                        procedure.getConditions(),
                        procedure.getResult(),
                        procedure.getLegalBasis(),
                        String.join(". ", procedure.getSteps()))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(". "));
        return new Searchable(
                SearchKind.PROCEDURE,
                procedure.getId(),
                null,
                procedure.getField(),
                null,
                procedure.getName(),
                text,
                "/thu-tuc-hanh-chinh/" + procedure.getCode(),
                List.of());
    }
}
