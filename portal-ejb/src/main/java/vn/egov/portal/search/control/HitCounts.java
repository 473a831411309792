package vn.egov.portal.search.control;

import java.io.IOException;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

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
        Windows windows = new Windows(collector, stride);
        searcher.search(weight.getQuery(), windows);
        return new Counts(windows.sampled, exact ? windows.sampled : Math.round(windows.estimate), exact);
    }

    /**
     * Collects the hits inside windows of {@link #WINDOW} items every {@code stride} items of each
     * segment; Lucene skips what lies between (the competitive iterator), deletions and phrase checks
     * are Lucene's own. Counts per segment what each window holds, scaled to the segment.
     */
    private static final class Windows implements Collector {
        private final FacetsCollector into;
        private final int stride;
        long sampled;
        double estimate;

        Windows(FacetsCollector into, int stride) {
            this.into = into;
            this.stride = stride;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            LeafCollector facets = into.getLeafCollector(leaf);
            int maxDoc = leaf.reader().maxDoc();
            long read = 0;
            for (int start = 0; start < maxDoc; start += stride) {
                read += Math.min(maxDoc, start + WINDOW) - start;
            }
            long windowed = read;
            return new LeafCollector() {
                long hits;

                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (doc % stride < WINDOW) {
                        facets.collect(doc);
                        hits++;
                    }
                }

                @Override
                public DocIdSetIterator competitiveIterator() {
                    return stride == WINDOW ? null : new InWindows(maxDoc, stride);
                }

                @Override
                public void finish() throws IOException {
                    facets.finish();
                    sampled += hits;
                    estimate += windowed == 0 ? 0 : (double) hits * maxDoc / windowed;
                }
            };
        }
    }

    /** The items of the windows, in order. */
    private static final class InWindows extends DocIdSetIterator {
        private final int maxDoc;
        private final int stride;
        private int doc = -1;

        InWindows(int maxDoc, int stride) {
            this.maxDoc = maxDoc;
            this.stride = stride;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            int next = target % stride < WINDOW ? target : (target / stride + 1) * stride;
            doc = next >= maxDoc ? NO_MORE_DOCS : next;
            return doc;
        }

        @Override
        public long cost() {
            return (long) maxDoc * WINDOW / stride;
        }
    }
}
