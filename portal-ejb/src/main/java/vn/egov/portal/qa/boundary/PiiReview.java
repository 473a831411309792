package vn.egov.portal.qa.boundary;

import java.util.List;
import vn.egov.portal.privacy.control.PiiFinding;
import vn.egov.portal.privacy.control.PiiKind;

/** What the detectors find in each text of a public copy, for the board to redact before publishing. */
public record PiiReview(
        String title,
        String body,
        String answer,
        List<PiiFinding> titleFindings,
        List<PiiFinding> bodyFindings,
        List<PiiFinding> answerFindings) {

    public boolean isClean() {
        return titleFindings.isEmpty() && bodyFindings.isEmpty() && answerFindings.isEmpty();
    }

    /** The asker's own particulars are among the findings: publishing is out of the question. */
    public boolean namesTheAsker() {
        return List.of(titleFindings, bodyFindings, answerFindings).stream()
                .flatMap(List::stream)
                .anyMatch(finding -> finding.kind() == PiiKind.KNOWN_VALUE);
    }
}
