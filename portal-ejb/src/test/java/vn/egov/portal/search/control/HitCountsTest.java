package vn.egov.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The counts behind "about N results": exact up to the limit; beyond it estimated from windows
 * spread over the whole index, so items indexed in runs (a rebuild writes kind by kind) are all
 * seen; deleted items never counted.
 */
class HitCountsTest {

    private static final int ITEMS = 12_000;
    private final FacetsConfig facets = new FacetsConfig();
    private ByteBuffersDirectory directory;
    private DirectoryReader reader;

    /** Every item says "common"; the first half are articles, the second legal; every 1,000th is "rare". */
    @BeforeEach
    void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < ITEMS; i++) {
                Document document = new Document();
                document.add(new StringField("key", Integer.toString(i), Field.Store.NO));
                document.add(new TextField("text", i % 1000 == 0 ? "common rare" : "common", Field.Store.NO));
                document.add(new SortedSetDocValuesFacetField("kind", i < ITEMS / 2 ? "article" : "legal"));
                writer.addDocument(facets.build(document));
            }
            writer.deleteDocuments(new Term("key", "0"));
            writer.commit();
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void fewLikelyHitsAreCountedExactly() throws IOException {
        HitCounts.Counted counted = HitCounts.count(new IndexSearcher(reader), query("rare"), 100, 50);

        assertThat(counted.counts().exact()).isTrue();
        assertThat(counted.counts().total()).isEqualTo(11);
        assertThat(counted.counts().scaled(7)).isEqualTo(7);
    }

    @Test
    void manyHitsAreEstimatedFromASampleSpreadOverTheWholeIndex() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        HitCounts.Counted counted = HitCounts.count(searcher, query("common"), 1_000, 600);

        HitCounts.Counts counts = counted.counts();
        assertThat(counts.exact()).isFalse();
        assertThat(counts.sampled()).isBetween(150L, 2_000L);
        assertThat((double) counts.total()).isCloseTo(ITEMS - 1, within(ITEMS * 0.05));
        FacetResult kinds = new SortedSetDocValuesFacetCounts(
                        new DefaultSortedSetDocValuesReaderState(reader, facets), counted.hits())
                .getTopChildren(10, "kind");
        assertThat(kinds.labelValues).hasSize(2);
        for (var kind : kinds.labelValues) {
            assertThat((double) counts.scaled(kind.value.longValue()))
                    .as(kind.label)
                    .isCloseTo(ITEMS / 2.0, within(ITEMS * 0.1));
        }
    }

    @Test
    void withoutLimitsEveryHitIsReadAndDeletedItemsAreLeftOut() throws IOException {
        HitCounts.Counted counted = HitCounts.count(new IndexSearcher(reader), query("common"), Long.MAX_VALUE, 600);

        assertThat(counted.counts().exact()).isTrue();
        assertThat(counted.counts().total()).isEqualTo(ITEMS - 1);
        assertThat(counted.counts().sampled()).isEqualTo(ITEMS - 1);
    }

    private static TermQuery query(String word) {
        return new TermQuery(new Term("text", word));
    }
}
