package vn.egov.portal.search.control;

import java.io.IOException;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * How many items a query finds, and which, for the facet counts. Up to {@link #EXACT} likely hits
 * every hit is read: exact. Beyond, reading every hit of words most documents hold was most of a
 * search's time, so evenly spaced windows of the index are read, enough of them for about
 * {@link #SAMPLE} hits, and the total is the sample's share scaled to the whole index: spread over
 * the whole index, the sample does not lean to the items indexed first (a rebuild writes kind by kind).
 */
final class HitCounts {

    /** Up to this many likely hits (Lucene's cost estimate) the counts are exact. */
    static final long EXACT = 20_000;
    /** About how many hits the sample holds. */
    static final long SAMPLE = 5_000;

    private static final int WINDOW = 32;

    /** How many hits were read, the total found or estimated from them, and whether it is exact. */
    record Counts(long sampled, long total, boolean exact) {
        /** What a count over the sample stands for over the whole index. */
        long scaled(long sampledCount) {
            return exact || sampled == 0 ? sampledCount : Math.round((double) sampledCount * total / sampled);
        }
    }

    private HitCounts() {}

    /** The counts of the query's hits, and the hits read for the facets (all, or the sample). */
    record Counted(Counts counts, FacetsCollector hits) {}

    static Counted count(IndexSearcher searcher, Query query) throws IOException {
        return count(searcher, query, EXACT, SAMPLE);
    }

    /** With other limits than the portal's, for tests on small indexes. */
    static Counted count(IndexSearcher searcher, Query query, long exactUpTo, long sample) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long cost = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            cost += supplier == null ? 0 : supplier.cost();
        }
        double share = cost <= exactUpTo ? 1.0 : (double) sample / cost;
        FacetsCollector hits = new FacetsCollector(false);
        Counts counts = read(searcher, weight, hits, share);
        if (!counts.exact() && counts.sampled() < sample / 4) {
            // A conjunction's estimate is its rarest word's: the sample came out thin, so read more.
            share = Math.min(1.0, share * sample / Math.max(1, counts.sampled()));
            hits = new FacetsCollector(false);
            counts = read(searcher, weight, hits, share);
        }
        return new Counted(counts, hits);
    }

    private static Counts read(IndexSearcher searcher, Weight weight, FacetsCollector collector, double share)
            throws IOException {
        boolean exact = share >= 1.0;
        int stride = exact ? WINDOW : (int) Math.max(WINDOW, Math.ceil(WINDOW / share));
        long sampled = 0;
        double estimate = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            if (supplier == null) {
                continue;
            }
            Scorer scorer = supplier.get(Long.MAX_VALUE);
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            DocIdSetIterator docs = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            Bits live = leaf.reader().getLiveDocs();
            LeafCollector into = collector.getLeafCollector(leaf);
            int maxDoc = leaf.reader().maxDoc();
            long hits = 0;
            long read = 0;
            for (int start = 0; start < maxDoc; start += stride) {
                int end = Math.min(maxDoc, start + WINDOW);
                read += end - start;
                int doc = docs.docID() >= start ? docs.docID() : docs.advance(start);
                while (doc < end) {
                    if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
                        into.collect(doc);
                        hits++;
                    }
                    doc = docs.nextDoc();
                }
            }
            into.finish();
            sampled += hits;
            estimate += read == 0 ? 0 : (double) hits * maxDoc / read;
        }
        return new Counts(sampled, exact ? sampled : Math.round(estimate), exact);
    }
}
