package vn.egov.portal.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each typed word found nowhere in the index is replaced by the nearest word that
 * is (at most two edits away, over the folded text, so the suggestion ignores diacritics as the
 * search does). Nothing is suggested when every word exists or none has a near neighbour.
 */
final class Spelling {

    private final DirectSpellChecker checker = new DirectSpellChecker();

    Spelling() {
        checker.setMinQueryLength(3);
    }

    String suggest(String typed, SearchQuery queries, IndexReader reader) throws IOException {
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : queries.foldedWords(typed)) {
            Optional<SuggestWord> better = Optional.empty();
            if (reader.docFreq(new Term(SearchFields.TEXT, word)) == 0
                    && reader.docFreq(new Term(SearchFields.TITLE, word)) == 0) {
                better = Stream.of(SearchFields.TITLE, SearchFields.TEXT)
                        .flatMap(field -> nearest(new Term(field, word), reader))
                        .max(Comparator.<SuggestWord>comparingDouble(near -> near.score)
                                .thenComparingInt(near -> near.freq));
            }
            changed |= better.isPresent();
            corrected.add(better.map(near -> near.string).orElse(word));
        }
        return changed ? String.join(" ", corrected) : null;
    }

    private Stream<SuggestWord> nearest(Term term, IndexReader reader) {
        try {
            return Stream.of(checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
