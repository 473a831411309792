package vn.egov.portal.qa.control;

import java.util.List;
import vn.egov.portal.privacy.control.PiiDetector;
import vn.egov.portal.privacy.control.Redaction;
import vn.egov.portal.qa.entity.Question;

/**
 * A question's wording without personal data: in the asker's title and text everything the
 * detectors find is taken out; in the agency's answer only the asker's own particulars, since an
 * answer may rightly print an agency's public phone or address.
 */
public final class QuestionRedaction {

    private QuestionRedaction() {}

    public static Question.Redacted of(Question question, List<String> knownValues) {
        String answer =
                question.getAnswer() == null ? null : question.getAnswer().getText();
        return new Question.Redacted(
                Redaction.redactAll(question.getTitle(), knownValues),
                Redaction.redactAll(question.getBody(), knownValues),
                answer == null ? null : Redaction.redact(answer, PiiDetector.findKnownValues(answer, knownValues)));
    }
}
