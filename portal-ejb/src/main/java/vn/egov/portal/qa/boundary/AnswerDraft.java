package vn.egov.portal.qa.boundary;

import java.util.List;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;

/**
 * An agency's answer: concise text and the legal documents it relies on (Article 9.4). Each citation's
 * own rules are checked once the register has completed it ({@link CitationCheck}).
 */
public record AnswerDraft(
        @Required(message = "{qa.error.required.answer}")
                @MaxLength(value = QuestionAnswering.MAX_ANSWER, message = "{qa.error.length.answer}")
                String text,
        @Required(message = "{qa.error.citations}") List<CitationDraft> citations) {

    public AnswerDraft {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
