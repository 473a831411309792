package vn.egov.portal.report.boundary;

import java.util.List;

/**
 * What the board decides to publish of a report: the keys of its sections (all of them for the whole
 * report). An empty choice or a key the report does not have is refused on {@code sections}.
 */
public record PublicationChoice(List<String> sections) {

    public PublicationChoice {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
