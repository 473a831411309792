package vn.egov.portal.qa.boundary;

import java.time.Instant;
import java.util.List;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.qa.entity.Citation;

/**
 * A published question and answer as the public sees it: the board's redacted copy, the field, the
 * answering agency and the cited documents. Read straight from the public columns; the sealed
 * originals are never even loaded.
 */
public record PublishedQa(
        long id,
        String title,
        String body,
        String answer,
        Instant publishedAt,
        Instant answeredAt,
        String fieldCode,
        LocalizedText fieldName,
        String agencyCode,
        LocalizedText agencyName,
        List<Citation> citations) {

    public PublishedQa {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    PublishedQa withCitations(List<Citation> cited) {
        return new PublishedQa(
                id, title, body, answer, publishedAt, answeredAt, fieldCode, fieldName, agencyCode, agencyName, cited);
    }
}
