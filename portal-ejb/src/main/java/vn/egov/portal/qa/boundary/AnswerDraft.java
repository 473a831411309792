package vn.egov.portal.qa.boundary;

import java.util.List;

/** An agency's answer: concise text and the legal documents it relies on (Article 9.4). */
public record AnswerDraft(String text, List<CitationDraft> citations) {

    public AnswerDraft {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
