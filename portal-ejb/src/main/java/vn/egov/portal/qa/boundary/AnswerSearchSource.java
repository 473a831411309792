package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.egov.portal.search.boundary.SearchSource;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.Searchable;

/**
 * The published answers, for the search index: the board's redacted public copy only (title,
 * question, answer, agency), never the sealed original.
 */
@Stateless
@PermitAll // Only what the public already sees.
public class AnswerSearchSource implements SearchSource {

    @Inject
    PublishedAnswers answers;

    @Inject
    Clock clock;

    @Override
    public SearchKind kind() {
        return SearchKind.ANSWER;
    }

    @Override
    public List<Searchable> after(long afterId, int max) {
        return answers.listAfter(afterId, max).stream()
                .map(qa -> of(qa, clock.getZone()))
                .toList();
    }

    static Searchable of(PublishedQa qa, ZoneId zone) {
        String agency = qa.agencyName() == null ? "" : qa.agencyName().getVi() + ". ";
        return new Searchable(
                SearchKind.ANSWER,
                qa.id(),
                null,
                qa.fieldName() == null ? null : qa.fieldName().getVi(),
                qa.publishedAt() == null ? null : LocalDate.ofInstant(qa.publishedAt(), zone),
                qa.title(),
                qa.body() + "\n" + agency + qa.answer(),
                "/hoi-dap/" + qa.id(),
                List.of());
    }
}
