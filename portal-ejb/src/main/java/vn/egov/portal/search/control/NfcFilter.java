package vn.egov.portal.search.control;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Puts each token in Unicode NFC, so that "Bằng" typed with a combining breve and grave (as some
 * keyboards and PDFs send it) and the precomposed "Bằng" the portal stores are one term.
 */
final class NfcFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    NfcFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!Normalizer.isNormalized(term, Normalizer.Form.NFC)) {
            String composed = Normalizer.normalize(term, Normalizer.Form.NFC);
            term.setEmpty().append(composed);
        }
        return true;
    }
}
