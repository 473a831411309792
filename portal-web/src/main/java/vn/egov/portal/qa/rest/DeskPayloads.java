package vn.egov.portal.qa.rest;

import java.time.LocalDate;
import java.util.List;
import vn.egov.portal.qa.boundary.PartRequest;
import vn.egov.portal.qa.entity.RefusalReason;

/** The small request bodies of the officials' Q&A API. */
public final class DeskPayloads {

    private DeskPayloads() {}

    public record FieldChoice(String field) {}

    public record AgencyChoice(String agency, String note) {}

    public record RefusalPayload(RefusalReason reason, String note) {}

    public record SplitPayload(List<PartRequest> parts) {}

    public record PromisePayload(LocalDate date, String note) {}

    public record NotePayload(String note) {}
}
