package vn.egov.portal.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Vietnamese words are syllables written apart ("cổng thông tin"), so the Unicode word tokenizer
 * gives one token per syllable and a phrase query over syllables is the way to match a word of
 * several. Tokens go to NFC and lower case; the folded variant also drops the diacritics, đ/Đ
 * included (ASCIIFoldingFilter maps U+0110/U+0111 and the look-alike U+00D0 to d, as
 * VietnameseAnalyzerTest shows), so "cao bang" finds "Cao Bằng". The exact variant keeps them, for
 * the field that ranks an exact spelling higher.
 */
public final class VietnameseAnalyzer extends Analyzer {

    private final boolean folded;

    private VietnameseAnalyzer(boolean folded) {
        this.folded = folded;
    }

    /** Case and diacritics ignored. */
    public static VietnameseAnalyzer folded() {
        return new VietnameseAnalyzer(true);
    }

    /** Case ignored, diacritics kept. */
    public static VietnameseAnalyzer exact() {
        return new VietnameseAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, filters(new NfcFilter(tokenizer)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return filters(new NfcFilter(in));
    }

    private TokenStream filters(TokenStream composed) {
        TokenStream lower = new LowerCaseFilter(composed);
        return folded ? new ASCIIFoldingFilter(lower) : lower;
    }
}
