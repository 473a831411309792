package vn.egov.portal.qa.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.egov.portal.platform.validation.control.Required;

/** One part of a question the board splits: its wording, field and the agency that answers it. */
public record PartRequest(
        @Required(message = "{qa.error.required.part}") String title,
        @Required(message = "{qa.error.required.part}") String body,
        @Required(message = "{qa.error.required.part}") String field,
        @Required(message = "{qa.error.required.part}") String agency) {

    /** A split: two parts at least, each complete ("parts[1].agency" names the gap). */
    public record Parts(
            @NotNull(message = "{qa.error.parts}") @Size(min = 2, message = "{qa.error.parts}")
                    List<@NotNull(message = "{qa.error.required.part}") @Valid PartRequest> parts) {}
}
