package vn.egov.portal.report.control;

import java.util.List;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.report.entity.PublishedStatistics;

/** What the board may publish of a report: some of its own sections, each once. */
public final class PublicationRules {

    private PublicationRules() {}

    /**
     * The chosen sections in the report's order, each once; an empty choice or a key the report does
     * not have is a 400 on {@code sections}.
     */
    public static List<String> chosen(List<String> reportSections, List<String> choice) {
        if (choice.isEmpty()) {
            throw InvalidInputException.of("sections", "report.publish.error.empty");
        }
        if (!reportSections.containsAll(choice)) {
            throw InvalidInputException.of("sections", "report.publish.error.unknownSection");
        }
        return reportSections.stream().filter(choice::contains).toList();
    }

    /** The chosen sections that an earlier decision on the same report already published. */
    public static List<String> alreadyPublished(List<String> chosen, List<PublishedStatistics> decisions) {
        List<String> published = decisions.stream()
                .flatMap(decision -> decision.getSections().stream())
                .toList();
        return chosen.stream().filter(published::contains).toList();
    }
}
