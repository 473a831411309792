package vn.egov.portal.search.control;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.search.boundary.FacetValue;
import vn.egov.portal.search.boundary.PublicAddress;
import vn.egov.portal.search.boundary.SearchHit;
import vn.egov.portal.search.boundary.SearchRequest;
import vn.egov.portal.search.boundary.SearchResults;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.Searchable;

/**
 * One Lucene index over a directory: documents in and out, searches with facets, snippets and a
 * spelling suggestion. Thread-safe; a change is visible to searches (and durable) once it returns.
 * Plain Java, so the analysis and the ranking are tested on an in-memory directory.
 */
public final class SearchIndex implements Closeable {

    private static final int FACET_VALUES = 20;
    private static final int SNIPPET_LENGTH = 240;
    /** How many of the best items are found at once; deeper pages find more. */
    private static final int RANKED = 200;
    /** How many searches' totals and facets are kept per index version (small: a total and 4 × 20 counts). */
    private static final int COUNTS_KEPT = 1024;
    /** How many pages of results are kept per index version (10 to 100 hits each, with their snippets). */
    private static final int PAGES_KEPT = 256;

    private static final FieldType HIGHLIGHTED = highlighted();
    private static final Set<String> ID_ONLY = Set.of(SearchFields.ID);
    private static final Set<String> ADDRESS_FIELDS =
            Set.of(SearchFields.SITE, SearchFields.ADDRESS, SearchFields.DATE);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final SearchQuery queries = new SearchQuery();
    private final Spelling spelling = new Spelling();
    private final SnippetFormatter formatter = new SnippetFormatter();
    private volatile FacetState facetState;
    private final VersionCache<Query, Counted> counts = new VersionCache<>(COUNTS_KEPT);
    private final VersionCache<PageKey, SearchResults> pages = new VersionCache<>(PAGES_KEPT);

    private SearchIndex(Directory directory, IndexWriterConfig.OpenMode mode) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(SearchFields.analyzer()).setOpenMode(mode);
        this.writer = new IndexWriter(directory, config);
        this.writer.commit();
        this.searchers = new SearcherManager(writer, null);
    }

    /** The index in the directory, made empty if there is none; fails if it is unreadable. */
    public static SearchIndex open(Directory directory) throws IOException {
        return new SearchIndex(directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    /** A new, empty index in the directory, whatever was there. */
    public static SearchIndex create(Directory directory) throws IOException {
        return new SearchIndex(directory, IndexWriterConfig.OpenMode.CREATE);
    }

    public Directory directory() {
        return directory;
    }

    /** Adds the items or replaces them by kind and id, then makes the change visible. */
    public void put(Collection<Searchable> items) throws IOException {
        for (Searchable item : items) {
            writer.updateDocument(new Term(SearchFields.KEY, item.key()), facetsConfig.build(document(item)));
        }
        publish();
    }

    public void remove(String key) throws IOException {
        writer.deleteDocuments(new Term(SearchFields.KEY, key));
        publish();
    }

    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    private void publish() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    public SearchResults search(SearchRequest request, IdentifierReader identifiers) throws IOException {
        PageRequest page = request.page();
        ResultPage<SearchHit> none = ResultPage.empty(page);
        Optional<SearchQuery.Typed> typed = queries.typed(request.text(), identifiers);
        if (typed.isEmpty()) {
            return SearchResults.none(none);
        }
        Query matching = filtered(typed.get().matching(), request);
        Query ranking = filtered(typed.get().ranking(), request);
        IndexSearcher searcher = searchers.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            if (reader.numDocs() == 0) {
                return SearchResults.none(none);
            }
            int wanted = page.offset() + page.size();
            int candidates = (int) Math.min(Integer.MAX_VALUE, ((long) wanted + RANKED - 1) / RANKED * RANKED);
            PageKey key = new PageKey(ranking, queries.foldedWords(request.text()), page.offset(), page.size());
            SearchResults kept = pages.get(reader, key);
            if (kept != null) {
                return kept;
            }
            Counted counted = counts.get(reader, matching);
            if (counted == null) {
                HitCounts.Counted found = HitCounts.count(searcher, matching);
                long total = found.counts().total();
                counted = new Counted(
                        total,
                        found.counts().exact(),
                        total == 0 ? Map.of() : facets(reader, found.hits(), found.counts()));
                counts.put(reader, matching, counted);
            }
            // The full ranking (boosts included) picks the best: Lucene skips the blocks of items that
            // cannot reach them, so the words most documents hold cost little more than rare ones.
            TopDocs best = searcher.search(ranking, new TopScoreDocCollectorManager(candidates, null, candidates));
            String suggestion = counted.total() > 0 ? null : spelling.suggest(request.text(), queries, reader);
            ScoreDoc[] pageDocs = page(searcher, best.scoreDocs, page.offset(), wanted);
            List<SearchHit> hits = hits(searcher, ranking, pageDocs);
            SearchResults results = new SearchResults(
                    ResultPage.of(page, hits, counted.total()), counted.facets(), suggestion, !counted.exact());
            pages.put(reader, key, results);
            return results;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Places {@code from} to {@code to} of the ranking, in blocks of {@link #RANKED}: within a block,
     * equal scores are ordered newest first. The best N by score are the first N of the best 2N, so
     * a page holds the same items however deep the search went, and pages never repeat or skip one.
     */
    private static ScoreDoc[] page(IndexSearcher searcher, ScoreDoc[] best, int from, int to) throws IOException {
        List<ScoreDoc> page = new ArrayList<>();
        for (int block = from / RANKED * RANKED; block < Math.min(to, best.length); block += RANKED) {
            ScoreDoc[] ranked =
                    newestAmongEqual(searcher, Arrays.copyOfRange(best, block, Math.min(block + RANKED, best.length)));
            for (int place = Math.max(from, block); place < Math.min(to, block + ranked.length); place++) {
                page.add(ranked[place - block]);
            }
        }
        return page.toArray(ScoreDoc[]::new);
    }

    /** Items by score, then newest, then as indexed. */
    private static ScoreDoc[] newestAmongEqual(IndexSearcher searcher, ScoreDoc[] block) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, Long> days = new HashMap<>();
        for (ScoreDoc doc : block) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
            NumericDocValues dates = leaf.reader().getNumericDocValues(SearchFields.DATE);
            days.put(doc.doc, dates != null && dates.advanceExact(doc.doc - leaf.docBase) ? dates.longValue() : 0L);
        }
        Arrays.sort(
                block,
                Comparator.<ScoreDoc>comparingDouble(doc -> -doc.score)
                        .thenComparing(doc -> days.get(doc.doc), Comparator.reverseOrder())
                        .thenComparingInt(doc -> doc.doc));
        return block;
    }

    /** What a search found in all: the total (exact or estimated) and the facets, the same on every page. */
    private record Counted(long total, boolean exact, Map<String, List<FacetValue>> facets) {}

    /** A page of one search: its query with the filters, the words it read, where the page starts. */
    private record PageKey(Query ranking, List<String> words, int offset, int size) {}

    /**
     * The ids of the items of one kind the words find, best first (then newest), at most {@code max}:
     * what a feature's own list pages through after filtering by its own criteria. No snippets, no
     * facets; nothing for words that make no query.
     */
    public List<Long> rank(String text, SearchKind kind, int max, IdentifierReader identifiers) throws IOException {
        Optional<Query> typed = queries.of(text, identifiers);
        if (typed.isEmpty()) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder()
                .add(typed.get(), Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.KIND, kind.code())), Occur.FILTER)
                .build();
        IndexSearcher searcher = searchers.acquire();
        try {
            if (searcher.getIndexReader().numDocs() == 0) {
                return List.of();
            }
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(max, null, max));
            ScoreDoc[] ranked = newestAmongEqual(searcher, top.scoreDocs);
            List<Long> ids = new ArrayList<>(ranked.length);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc doc : ranked) {
                ids.add(Long.parseLong(stored.document(doc.doc, ID_ONLY).get(SearchFields.ID)));
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The pages of every item in the index, at most {@code max}, newest first. */
    public List<PublicAddress> addresses(int max) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            if (searcher.getIndexReader().numDocs() == 0) {
                return List.of();
            }
            TopDocs all = searcher.search(
                    new MatchAllDocsQuery(),
                    max,
                    new Sort(new SortField(SearchFields.DATE, SortField.Type.LONG, true)));
            StoredFields stored = searcher.storedFields();
            List<PublicAddress> addresses = new ArrayList<>(all.scoreDocs.length);
            for (ScoreDoc doc : all.scoreDocs) {
                Document fields = stored.document(doc.doc, ADDRESS_FIELDS);
                String date = fields.get(SearchFields.DATE);
                addresses.add(new PublicAddress(
                        fields.get(SearchFields.SITE),
                        fields.get(SearchFields.ADDRESS),
                        date == null ? null : LocalDate.parse(date)));
            }
            return addresses;
        } finally {
            searchers.release(searcher);
        }
    }

    private static Query filtered(Query typed, SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(typed, Occur.MUST);
        filter(
                query,
                SearchFields.KIND,
                request.kind() == null ? null : request.kind().code());
        filter(query, SearchFields.SITE, request.site());
        filter(query, SearchFields.CATEGORY, request.category());
        if (request.year() != null) {
            query.add(new TermQuery(new Term(SearchFields.YEAR, request.year().toString())), Occur.FILTER);
        }
        return query.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        TopDocs pageDocs = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, SearchFields.analyzer())
                .withFormatter(formatter)
                .withMaxLength(100_000)
                .build();
        Map<String, String[]> marked = highlighter.highlightFields(
                new String[] {SearchFields.TITLE, SearchFields.TEXT}, query, pageDocs, new int[] {1, 2});
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document stored = searcher.storedFields().document(docs[i].doc);
            String title = marked.get(SearchFields.TITLE)[i];
            String snippet = marked.get(SearchFields.TEXT)[i];
            String dateText = stored.get(SearchFields.DATE);
            hits.add(new SearchHit(
                    SearchKind.ofCode(stored.get(SearchFields.KIND)).orElseThrow(),
                    Long.parseLong(stored.get(SearchFields.ID)),
                    title == null ? formatter.escape(stored.get(SearchFields.TITLE)) : title,
                    snippet == null ? "" : shortened(snippet),
                    stored.get(SearchFields.ADDRESS),
                    stored.get(SearchFields.SITE),
                    stored.get(SearchFields.CATEGORY),
                    dateText == null ? null : LocalDate.parse(dateText)));
        }
        return hits;
    }

    /** A passage without a match is the start of the text, which can be long: cut it at a word. */
    private static String shortened(String snippet) {
        if (snippet.length() <= SNIPPET_LENGTH || snippet.contains("<mark>")) {
            return snippet;
        }
        int cut = snippet.lastIndexOf(' ', SNIPPET_LENGTH);
        String start = snippet.substring(0, cut > 0 ? cut : SNIPPET_LENGTH);
        int openEntity = start.lastIndexOf('&');
        if (openEntity >= 0 && start.indexOf(';', openEntity) < 0) {
            start = start.substring(0, openEntity);
        }
        return start + " …";
    }

    private Map<String, List<FacetValue>> facets(IndexReader reader, FacetsCollector collected, HitCounts.Counts read)
            throws IOException {
        Facets counts = new SortedSetDocValuesFacetCounts(facetState(reader), collected);
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String dimension : SearchResults.FACETS) {
            FacetResult result = counts.getTopChildren(FACET_VALUES, dimension);
            if (result != null) {
                List<FacetValue> values = new ArrayList<>();
                for (LabelAndValue value : result.labelValues) {
                    values.add(new FacetValue(value.label, read.scaled(value.value.longValue())));
                }
                facets.put(dimension, values);
            }
        }
        return facets;
    }

    /** The facets' ordinals are read once per reader, not once per search. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current == null || current.reader() != reader) {
            current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, facetsConfig));
            facetState = current;
        }
        return current.state();
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    private static Document document(Searchable item) {
        Document document = new Document();
        document.add(new StringField(SearchFields.KEY, item.key(), Field.Store.NO));
        document.add(new StringField(SearchFields.KIND, item.kind().code(), Field.Store.YES));
        document.add(
                new SortedSetDocValuesFacetField(SearchResults.KIND, item.kind().code()));
        document.add(new StoredField(SearchFields.ID, item.id()));
        document.add(new StoredField(SearchFields.ADDRESS, item.address()));
        if (item.site() != null) {
            document.add(new StringField(SearchFields.SITE, item.site(), Field.Store.YES));
            document.add(new SortedSetDocValuesFacetField(SearchResults.SITE, item.site()));
        }
        if (item.category() != null) {
            document.add(new StringField(SearchFields.CATEGORY, item.category(), Field.Store.YES));
            document.add(new SortedSetDocValuesFacetField(SearchResults.CATEGORY, item.category()));
        }
        if (item.date() != null) {
            String year = Integer.toString(item.date().getYear());
            document.add(new StringField(SearchFields.YEAR, year, Field.Store.NO));
            document.add(new SortedSetDocValuesFacetField(SearchResults.YEAR, year));
            document.add(new StoredField(SearchFields.DATE, item.date().toString()));
            document.add(
                    new NumericDocValuesField(SearchFields.DATE, item.date().toEpochDay()));
            document.add(new LongPoint(SearchFields.DATE, item.date().toEpochDay()));
        }
        document.add(new Field(SearchFields.TITLE, item.title(), HIGHLIGHTED));
        document.add(new Field(SearchFields.TEXT, item.text(), HIGHLIGHTED));
        document.add(new Field(SearchFields.TITLE_EXACT, item.title(), TextField.TYPE_NOT_STORED));
        document.add(new Field(SearchFields.TEXT_EXACT, item.text(), TextField.TYPE_NOT_STORED));
        for (String identifier : item.identifiers()) {
            document.add(new StringField(SearchFields.IDENTIFIER, identifier, Field.Store.NO));
        }
        return document;
    }

    /** Stored, with offsets in the postings: what the unified highlighter reads fastest. */
    private static FieldType highlighted() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** Empties the index (a rebuild starts from nothing). */
    public void clear() throws IOException {
        writer.deleteAll();
        publish();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
