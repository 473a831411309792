package vn.egov.portal.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns typed words into a query without a query parser, so nothing a reader types is syntax that
 * could fail: every folded word must occur in the title or the text; words in double quotes must
 * occur as a phrase, syllable after syllable. Ranking: an exact identifier (a legal document's
 * number and symbol) far above anything, then the words as one phrase, then the spelling with its
 * diacritics, then the title over the text.
 */
final class SearchQuery {

    static final int MAX_WORDS = 16;

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final float IDENTIFIER_BOOST = 1000f;
    private static final float IDENTIFIER_PREFIX_BOOST = 100f;
    private static final float TITLE_BOOST = 3f;
    private static final float PHRASE_BOOST = 2f;
    private static final float EXACT_BOOST = 2f;

    private final Analyzer folded = VietnameseAnalyzer.folded();
    private final Analyzer exact = VietnameseAnalyzer.exact();

    /**
     * The two queries of typed words: {@code matching} finds the same items as {@code ranking} with
     * only the clauses every item must meet (cheap, so the engine can skip items that cannot reach
     * the top); {@code ranking} adds the optional boosts (the words as one phrase, the spelling
     * with diacritics) that order the best of them.
     */
    record Typed(Query matching, Query ranking) {}

    /** The query for the typed text; empty when it holds no word at all. */
    Optional<Query> of(String typed, IdentifierReader identifiers) {
        return typed(typed, identifiers).map(Typed::ranking);
    }

    /** Both queries for the typed text; empty when it holds no word at all. */
    Optional<Typed> typed(String typed, IdentifierReader identifiers) {
        List<String> phrases = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(typed);
        while (quoted.find()) {
            phrases.add(quoted.group(1));
        }
        String words = QUOTED.matcher(typed).replaceAll(" ");
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        BooleanQuery.Builder main = new BooleanQuery.Builder();
        boolean any = addWords(matching, main, words);
        for (String phrase : phrases) {
            any |= addPhrase(matching, main, phrase);
        }
        Optional<Query> identifier = identifier(typed.strip(), identifiers);
        if (!any) {
            return identifier.map(only -> new Typed(only, only));
        }
        if (identifier.isEmpty()) {
            return Optional.of(new Typed(matching.build(), main.build()));
        }
        return Optional.of(
                new Typed(either(identifier.get(), matching.build()), either(identifier.get(), main.build())));
    }

    private static Query either(Query identifier, Query words) {
        return new BooleanQuery.Builder()
                .add(identifier, Occur.SHOULD)
                .add(words, Occur.SHOULD)
                .build();
    }

    /** The folded words of the text, at most {@link #MAX_WORDS}: what the spell checker looks at. */
    List<String> foldedWords(String text) {
        return tokens(folded, text);
    }

    private boolean addWords(BooleanQuery.Builder matching, BooleanQuery.Builder main, String words) {
        List<String> foldedTokens = tokens(folded, words);
        for (String token : foldedTokens) {
            Query word = inTitleOrText(
                    new TermQuery(new Term(SearchFields.TITLE, token)),
                    new TermQuery(new Term(SearchFields.TEXT, token)));
            matching.add(word, Occur.MUST);
            main.add(word, Occur.MUST);
        }
        for (String token : tokens(exact, words)) {
            main.add(
                    new BoostQuery(new TermQuery(new Term(SearchFields.TITLE_EXACT, token)), EXACT_BOOST * TITLE_BOOST),
                    Occur.SHOULD);
            main.add(
                    new BoostQuery(new TermQuery(new Term(SearchFields.TEXT_EXACT, token)), EXACT_BOOST), Occur.SHOULD);
        }
        if (foldedTokens.size() > 1) {
            main.add(
                    new BoostQuery(phrase(SearchFields.TITLE, foldedTokens), PHRASE_BOOST * TITLE_BOOST), Occur.SHOULD);
            main.add(new BoostQuery(phrase(SearchFields.TEXT, foldedTokens), PHRASE_BOOST), Occur.SHOULD);
        }
        return !foldedTokens.isEmpty();
    }

    private boolean addPhrase(BooleanQuery.Builder matching, BooleanQuery.Builder main, String text) {
        List<String> foldedTokens = tokens(folded, text);
        if (foldedTokens.isEmpty()) {
            return false;
        }
        Query words = inTitleOrText(phrase(SearchFields.TITLE, foldedTokens), phrase(SearchFields.TEXT, foldedTokens));
        matching.add(words, Occur.MUST);
        main.add(words, Occur.MUST);
        List<String> exactTokens = tokens(exact, text);
        main.add(
                new BoostQuery(phrase(SearchFields.TITLE_EXACT, exactTokens), EXACT_BOOST * TITLE_BOOST), Occur.SHOULD);
        main.add(new BoostQuery(phrase(SearchFields.TEXT_EXACT, exactTokens), EXACT_BOOST), Occur.SHOULD);
        return true;
    }

    private static Query inTitleOrText(Query title, Query text) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
                .add(text, Occur.SHOULD)
                .build();
    }

    private static Query phrase(String field, List<String> tokens) {
        return new PhraseQuery(field, tokens.toArray(String[]::new));
    }

    private static Optional<Query> identifier(String typed, IdentifierReader identifiers) {
        Optional<Query> whole = identifiers
                .key(typed)
                .map(key -> new BoostQuery(
                        new ConstantScoreQuery(new TermQuery(new Term(SearchFields.IDENTIFIER, key))),
                        IDENTIFIER_BOOST));
        if (whole.isPresent()) {
            return whole;
        }
        return identifiers
                .keyPrefix(typed)
                .map(prefix -> new BoostQuery(
                        new ConstantScoreQuery(new PrefixQuery(new Term(SearchFields.IDENTIFIER, prefix))),
                        IDENTIFIER_PREFIX_BOOST));
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (tokens.size() < MAX_WORDS && stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return tokens;
    }
}
