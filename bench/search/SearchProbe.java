import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.search.boundary.SearchRequest;
import vn.egov.portal.search.control.IdentifierReader;
import vn.egov.portal.search.control.IndexFolders;
import vn.egov.portal.search.control.SearchIndex;
import vn.egov.portal.search.entity.SearchKind;

/**
 * The engine alone on an index SearchCorpus wrote: each query of the bench's rotation, one thread,
 * no HTTP, after a warm-up; prints p50/p95 per query and overall, to tell the engine's share of a
 * search from the web stack's. The engine keeps each search's total and facets, and each page of
 * results, until the index changes, so four lines: "cold, no filter" is each query's first search
 without a filter (20 searches, the slowest kind: up to 99 % of the index matches); "cold" is each query once with each of ten year
 * filters (the warm-up asks each query by kind only; nothing kept: totals and facets counted over all hits); "new
 * page" is pages 2 to 11 of each query without a filter (total and facets kept, the page is found,
 * ranked and highlighted); the per-query lines repeat page 1 (the page itself kept).
 * Usage: java -cp ... SearchProbe.java DATA_FOLDER [ROUNDS]
 */
public class SearchProbe {

    static final String[] QUERIES = {
        "quyet dinh", "Quyết định ban hành", "cong thong tin dien tu", "\"cổng thông tin\"", "cao bang",
        "ho tich khai sinh", "chứng thực hợp đồng", "xe may", "giay phep kinh doanh", "bao hiem xa hoi",
        "thu tuc mot cua lien thong", "ban gioc", "sat lo lu lut", "dam thuy", "12/2019/QĐ-UBND",
        "45/2021/qd-ubnd", "truc tuyen toan trinh", "nguyen binh", "thanh tra khieu nai", "y te"
    };

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        IdentifierReader none = new IdentifierReader() {
            public Optional<String> key(String typed) {
                return Optional.empty();
            }

            public Optional<String> keyPrefix(String typed) {
                return Optional.empty();
            }
        };
        try (SearchIndex index = SearchIndex.open(new IndexFolders(Path.of(args[0], "search")).current())) {
            List<Long> all = new ArrayList<>();
            for (int warm = 0; warm < 3; warm++) {
                for (SearchKind kind : SearchKind.values()) {
                    for (String q : QUERIES) {
                        index.search(new SearchRequest(q, kind, null, null, null, PageRequest.first(10)), none);
                    }
                }
            }
            List<Long> first = new ArrayList<>();
            for (String q : QUERIES) {
                long start = System.nanoTime();
                index.search(SearchRequest.of(q, PageRequest.first(10)), none);
                first.add(System.nanoTime() - start);
            }
            Collections.sort(first);
            System.out.printf("cold, no filter (first search of each query): p50 %.1f ms, p95 %.1f ms, %d searches%n",
                    first.get(first.size() / 2) / 1e6, first.get((int) (first.size() * 0.95)) / 1e6, first.size());
            List<Long> cold = new ArrayList<>();
            for (int year = 2015; year < 2025; year++) {
                for (String q : QUERIES) {
                    long start = System.nanoTime();
                    index.search(new SearchRequest(q, null, null, null, year, PageRequest.first(10)), none);
                    cold.add(System.nanoTime() - start);
                }
            }
            Collections.sort(cold);
            System.out.printf("cold (first search of each query and year): p50 %.1f ms, p95 %.1f ms, %d searches%n",
                    cold.get(cold.size() / 2) / 1e6, cold.get((int) (cold.size() * 0.95)) / 1e6, cold.size());
            List<Long> paged = new ArrayList<>();
            for (int number = 2; number <= 11; number++) {
                for (String q : QUERIES) {
                    long start = System.nanoTime();
                    index.search(SearchRequest.of(q, new PageRequest(number, 10)), none);
                    paged.add(System.nanoTime() - start);
                }
            }
            Collections.sort(paged);
            System.out.printf("new page (pages 2-11, total and facets kept): p50 %.1f ms, p95 %.1f ms, %d searches%n",
                    paged.get(paged.size() / 2) / 1e6, paged.get((int) (paged.size() * 0.95)) / 1e6, paged.size());
            for (String q : QUERIES) {
                List<Long> times = new ArrayList<>();
                long total = 0;
                for (int i = 0; i < rounds; i++) {
                    long start = System.nanoTime();
                    total = index.search(SearchRequest.of(q, PageRequest.first(10)), none).hits().totalItems();
                    times.add(System.nanoTime() - start);
                }
                all.addAll(times);
                Collections.sort(times);
                System.out.printf("%-32s hits %6d  p50 %6.1f ms  p95 %6.1f ms%n", q, total,
                        times.get(times.size() / 2) / 1e6, times.get((int) (times.size() * 0.95)) / 1e6);
            }
            Collections.sort(all);
            System.out.printf("page kept, all: p50 %.1f ms, p95 %.1f ms, %d searches%n",
                    all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.95)) / 1e6, all.size());
        }
    }
}
